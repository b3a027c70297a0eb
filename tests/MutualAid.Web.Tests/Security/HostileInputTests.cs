using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A thousand hostile submissions per form: never a 500, nothing half-saved, and whatever was
// stored comes back as text, never as markup.
public class HostileInputTests
{
    private const int Submissions = 1000;

    public static TheoryData<string, string, string> Forms => new()
    {
        { "/Posts/New?kind=Need", "main form[method=post]", "Input.Kind,Input.CategoryId,Input.Title,Input.Details,Input.Location,Input.NeighborhoodId,Input.Latitude,Input.Longitude,Input.RadiusKm,Input.Capacity,Input.Urgency,Input.NeededBy,Input.IsStanding,Input.PlaceQuery,Input.FoundPlace" },
        { "/Posts/{post}/Edit", "main form[method=post]", "Input.CategoryId,Input.Title,Input.Details,Input.Location,Input.Latitude,Input.Longitude,Input.RadiusKm,Input.Capacity,Input.Urgency,Input.NeededBy" },
        { "/Profile", "main form[method=post]", "Input.DisplayName,Input.NeighborhoodId,Input.Latitude,Input.Longitude,Input.RadiusKm,Input.Phone,Input.PlaceQuery,Input.FoundPlace" },
        { "/Profile/Notifications", "main form[method=post]", "Mode" },
        { "/Profile/Helping", "main form[method=post]", "Input.CategoryIds,Input.DistanceKm,Input.Mode,ReturnUrl" },
        { "/Posts/{other}", "form[action*='handler=Answer']", "Message" },
        { "/Report?postId={other}", "main form", "Input.Reason" },
        { "/Identity/Account/Register", "main form[method=post]", "Input.DisplayName,Input.Email,Input.Password,Input.ConfirmPassword" },
        { "/Identity/Account/Login", "main form[method=post]", "Input.Email,Input.Password,Input.RememberMe" },
        { "/Identity/Account/ForgotPassword", "main form[method=post]", "Input.Email" },
        { "/Identity/Account/ResendEmailConfirmation", "main form[method=post]", "Input.Email" },
        { "/Identity/Account/ResetPassword?code=YWJj", "main form[method=post]", "Input.Code,Input.Email,Input.Password,Input.ConfirmPassword" },
        { "/Moderation/Neighborhoods", "main form[method=post]", "Input.Name,Input.NameIn[es],Input.Latitude,Input.Longitude,Input.RadiusKm" },
        { "/Moderation/Categories", "main form[method=post]:not(.inline-form)", "Input.Name,Input.NameIn[es]" },
        { "/Moderation/Stewards", "form[action*='handler=Remove']", "neighborId,reason" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_thousand_hostile_submissions_never_break_the_form_or_the_data(string url, string selector, string fields)
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        await app.MakeStewardAsync("ana@example.org");
        var ana = await app.SignedInClientAsync("ana@example.org");
        var ben = await app.SignedInClientAsync("ben@example.org");
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var other = await app.PostThroughFormAsync(ben, "Offer", "Spare bread");
        var address = url.Replace("{post}", post.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", other.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var client = url.StartsWith("/Identity", StringComparison.Ordinal) ? app.CreateBrowserClient() : ana;
        var form = await client.GetPageAsync(address);
        var input = new HostileInput(url.Length);

        for (var i = 0; i < Submissions; i++)
        {
            var values = fields.Split(',').Where(_ => input.Next().Length % 3 != 0).ToDictionary(f => f, _ => input.Next());
            var response = await client.SubmitAsync(form, selector, values);
            Assert.True((int)response.StatusCode < 500, $"Submission {i} to {address} answered {(int)response.StatusCode}");
        }

        await AssertStoredDataIsWholeAsync(app);
        await AssertStoredTextIsShownAsTextAsync(app, ana);
    }

    private static async Task AssertStoredDataIsWholeAsync(MutualAidApp app)
    {
        var posts = await app.WithDbAsync(db => db.Posts.AsNoTracking().ToListAsync());
        Assert.All(posts, p =>
        {
            Assert.InRange(p.Title.Length, 1, Post.TitleMaxLength);
            Assert.InRange(p.Details.Length, 0, Post.DetailsMaxLength);
            Assert.True(GeoPoint.IsValid(p.Latitude, p.Longitude));
            Assert.Equal(GridCell.Containing(new GeoPoint(p.Latitude, p.Longitude)), p.Cell);
            Assert.InRange(p.RadiusKm, 0.1, Post.MaxRadiusKm);
            Assert.InRange(p.Capacity, 1, Post.MaxCapacity);
        });
        var neighbors = await app.WithDbAsync(db => db.Users.AsNoTracking().ToListAsync());
        Assert.All(neighbors, n =>
        {
            Assert.InRange(n.DisplayName.Trim().Length, 1, 60);
            Assert.InRange(n.RadiusKm, 0.1, Post.MaxRadiusKm);
            Assert.True(n.Home is null || GeoPoint.IsValid(n.Home.Value.Latitude, n.Home.Value.Longitude));
            Assert.False(string.IsNullOrEmpty(n.Email));
        });
        var hoods = await app.WithDbAsync(db => db.Neighborhoods.AsNoTracking().ToListAsync());
        Assert.All(hoods, h => Assert.True(GeoPoint.IsValid(h.CenterLatitude, h.CenterLongitude) && h.Name.Length is > 0 and <= 80));
    }

    private static async Task AssertStoredTextIsShownAsTextAsync(MutualAidApp app, HttpClient ana)
    {
        var posts = await app.WithDbAsync(db => db.Posts.AsNoTracking().OrderByDescending(p => p.Id).Take(20).ToListAsync());
        foreach (var post in posts)
        {
            var page = await ana.GetPageAsync($"/Posts/{post.Id}");
            Assert.Equal(Visible(post.Title), Visible(page.Document.QuerySelector("main h1")!.TextContent));
            Assert.Empty(page.Document.QuerySelectorAll("main script, main img, main iframe"));
        }

        var browse = await app.CreateBrowserClient().GetPageAsync("/");
        Assert.Empty(browse.Document.QuerySelectorAll("main script, main img, main iframe"));
    }

    // HTML has no way to carry NUL and carriage returns; compare what a reader would see.
    private static string Visible(string text) => text.Replace("\0", "\uFFFD", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Trim();
}
