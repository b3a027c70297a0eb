using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

// Who may do what: the limits on a new account, the pages only stewards reach, and who becomes one.
public class AccountRightsTests
{
    [Fact]
    public async Task New_accounts_may_post_three_times_without_links_in_their_first_day()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:NewAccountHours"] = "24" });
        var ana = await app.SignedInAsync(Person.Ana);

        var link = await app.SubmitNewPostAsync(ana, "Offer", "Free food", details: "see https://example.com");
        Assert.Contains("cannot put links", link.Text, StringComparison.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            await app.PostThroughFormAsync(ana, "Offer", $"Soup {i}");
        }

        var refused = await app.SubmitNewPostAsync(ana, "Offer", "Soup 4");
        Assert.Contains("New accounts can make 3 posts", refused.Text, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.Posts.CountAsync()));

        app.Clock.Advance(TimeSpan.FromHours(25));
        var later = await app.SignedInClientAsync("ana@example.org");
        await app.PostThroughFormAsync(later, "Offer", "Soup 4");
        Assert.Equal(4, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task Only_stewards_reach_moderation_and_they_edit_categories_and_neighborhoods_there()
    {
        var (app, ana, steward, _) = await ModerationTests.AppAsync();
        await using var _ = app;

        var refused = await ana.GetPageAsync("/Moderation");
        Assert.Contains("AccessDenied", refused.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var categories = await steward.GetPageAsync("/Moderation/Categories");
        await steward.SubmitAsync(categories, "main form[method=post]:not(.inline-form)", new() { ["Input.Name"] = "Bikes" });
        var neighborhoods = await steward.GetPageAsync("/Moderation/Neighborhoods");
        var bad = await steward.SubmitForPageAsync(neighborhoods, "main form[method=post]", new() { ["Input.Name"] = "Hilltop", ["Input.Latitude"] = "200", ["Input.Longitude"] = "-3.7", ["Input.RadiusKm"] = "1" });
        Assert.Contains("Latitude must be between -90 and 90.", bad.Text, StringComparison.Ordinal);
        await steward.SubmitAsync(neighborhoods, "main form[method=post]", new() { ["Input.Name"] = "Hilltop", ["Input.Latitude"] = "40.42", ["Input.Longitude"] = "-3.7", ["Input.RadiusKm"] = "1" });

        Assert.True(await app.WithDbAsync(db => db.Categories.AnyAsync(c => c.Name == "Bikes")));
        Assert.True(await app.WithDbAsync(db => db.Neighborhoods.AnyAsync(n => n.Name == "Hilltop" && n.CenterLatitude == 40.42)));
        Assert.Contains("Added neighborhood", (await steward.GetPageAsync("/Moderation")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_account_and_listed_emails_become_stewards_once_their_address_is_confirmed()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:Stewards:0"] = "listed@example.org" });
        foreach (var email in new[] { "first@example.org", "second@example.org", "listed@example.org" })
        {
            var client = app.CreateBrowserClient();
            await client.SignUpAsync(email, name: email);
            await client.ConfirmEmailAsync((await app.ConfirmLinkAsync(email))!);
        }

        var stewards = await app.WithDbAsync(db => (from ur in db.UserRoles join u in db.Users on ur.UserId equals u.Id select u.Email).ToListAsync());
        Assert.Equal(["first@example.org", "listed@example.org"], stewards.Order());
    }
}
