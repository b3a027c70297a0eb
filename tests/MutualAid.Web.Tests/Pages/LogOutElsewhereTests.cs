using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class LogOutElsewhereTests
{
    private const string LogIn = "/Identity/Account/Login";

    [Fact]
    public async Task Logging_out_on_every_other_device_ends_the_other_sessions_at_their_next_request_and_keeps_this_one()
    {
        await using var app = new MutualAidApp();
        var laptop = await app.SignedInAsync(Person.Ana);
        var phone = await app.SignedInClientAsync(Person.Ana.Email);
        var ben = await app.SignedInAsync(Person.Ben);
        Assert.Equal("/Profile", await PathOfAsync(phone, "/Profile"));

        var page = await laptop.GetPageAsync("/Identity/Account/LogOutElsewhere");
        var done = await laptop.SubmitForPageAsync(page, AccountForms.Form, []);
        // The phone checks its account again a minute later (MutualAid:SessionCheckInterval).
        app.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal("/Profile", done.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("You are logged out on every other device. You are still logged in here.", done.Text, StringComparison.Ordinal);
        Assert.Equal(LogIn, await PathOfAsync(phone, "/Profile"));
        Assert.Equal("/Profile", await PathOfAsync(laptop, "/Profile"));
        Assert.Equal("/Mine", await PathOfAsync(laptop, "/Mine"));
        // Another neighbor's session is theirs alone.
        Assert.Equal("/Profile", await PathOfAsync(ben, "/Profile"));
    }

    [Fact]
    public async Task The_profile_gathers_every_account_change_in_one_section()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        var profile = await ana.GetPageAsync("/Profile");

        var links = profile.Document.QuerySelectorAll("#account a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/Identity/Account/ChangeEmail", "/Identity/Account/ChangePassword", "/Identity/Account/LogOutElsewhere", "/Profile/Data", "/Profile/Delete"], links);
        Assert.Contains(Person.Ana.Email, profile.Document.QuerySelector("#account")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<string> PathOfAsync(HttpClient client, string url) =>
        (await client.GetPageAsync(url)).Response.RequestMessage!.RequestUri!.AbsolutePath;
}
