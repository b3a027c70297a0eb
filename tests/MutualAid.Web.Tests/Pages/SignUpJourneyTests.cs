using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public partial class SignUpJourneyTests
{
    [Fact]
    public async Task A_newcomer_signs_up_confirms_sets_a_home_posts_a_need_and_finds_it_on_the_browse_page()
    {
        await using var app = new MutualAidApp();
        await app.WithDbAsync(async db =>
        {
            db.Neighborhoods.Add(new() { Name = "Riverside", CenterLatitude = 40.4080, CenterLongitude = -3.7150, RadiusKm = 1 });
            return await db.SaveChangesAsync();
        });
        var client = app.CreateBrowserClient();

        var register = await client.GetPageAsync("/Identity/Account/Register");
        var registered = await client.SubmitForPageAsync(register, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.DisplayName"] = "Rosa",
            ["Input.Email"] = "rosa@example.org",
            ["Input.Password"] = "a long walk by the river",
            ["Input.ConfirmPassword"] = "a long walk by the river",
        });
        Assert.Contains("email", registered.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ConfirmEmail", registered.Html, StringComparison.Ordinal);

        var unconfirmed = await client.GetPageAsync("/Identity/Account/Login");
        var refused = await client.SubmitForPageAsync(unconfirmed, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.Email"] = "rosa@example.org",
            ["Input.Password"] = "a long walk by the river",
        });
        Assert.Contains("confirm your email first", refused.Text, StringComparison.Ordinal);

        await app.DeliverEmailAsync();
        var email = Assert.Single(app.Mail.To("rosa@example.org"));
        Assert.Contains("Confirm", email.Subject, StringComparison.Ordinal);
        Assert.NotNull(email.TextBody);
        Assert.NotNull(email.HtmlBody);
        var link = WebUtility.HtmlDecode(ConfirmLink().Match(email.HtmlBody).Groups[1].Value);
        var confirmed = await client.ConfirmEmailAsync(new Uri(link).PathAndQuery, "a long walk by the river");
        Assert.Equal(HttpStatusCode.OK, confirmed.Response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "rosa@example.org" && u.EmailConfirmed)));

        var login = await client.GetPageAsync("/Identity/Account/Login");
        var home = await client.SubmitForPageAsync(login, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.Email"] = "rosa@example.org",
            ["Input.Password"] = "a long walk by the river",
        });
        Assert.Contains("Log out", home.Text, StringComparison.Ordinal);

        var profile = await client.GetPageAsync("/Profile");
        var riverside = profile.Document.QuerySelectorAll("#Input_NeighborhoodId option").First(o => o.TextContent == "Riverside").GetAttribute("value")!;
        var saved = await client.SubmitForPageAsync(profile, "form[method=post]:not(.inline-form)", new() { ["Input.NeighborhoodId"] = riverside });
        Assert.Contains("Your profile is saved", saved.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "rosa@example.org" && u.HomeLatitude == 40.4080)));

        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var meals = form.Document.QuerySelectorAll("#Input_CategoryId option").First(o => o.TextContent == "Meals").GetAttribute("value")!;
        var posted = await client.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.Kind"] = "Need",
            ["Input.CategoryId"] = meals,
            ["Input.Title"] = "Soup for a sick household",
            ["Input.Details"] = "Two of us down with flu this week.",
            ["Input.Location"] = "Home",
            ["Input.RadiusKm"] = "2",
            ["Input.Urgency"] = "ThisWeek",
        });
        Assert.Equal("Soup for a sick household", posted.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Edit", posted.Text, StringComparison.Ordinal);

        var anonymous = app.CreateBrowserClient();
        var browse = await anonymous.GetPageAsync($"/?kind=Need&category={meals}&q=soup");
        Assert.Contains("Soup for a sick household", browse.Text, StringComparison.Ordinal);
        Assert.Contains("Rosa", browse.Text, StringComparison.Ordinal);
        var offersOnly = await anonymous.GetPageAsync($"/?kind=Offer&q=soup");
        Assert.DoesNotContain("Soup for a sick household", offersOnly.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"([^\"]*ConfirmEmail[^\"]*)\"")]
    private static partial Regex ConfirmLink();
}
