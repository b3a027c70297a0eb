using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// A newcomer arrives by an emailed link while signed out, signs up, confirms, logs in, is asked
// once where home is, and ends up where the link pointed. The step after home ("What could you
// help with?") is its own page; these tests follow the way to it and check where it would go on.
public class FirstStepsTests
{
    private const string Helping = "/Profile/Helping";

    [Fact]
    public async Task A_post_link_opened_signed_out_survives_sign_up_confirmation_and_log_in_and_the_home_step()
    {
        await using var app = new MutualAidApp();
        var riverside = await AddNeighborhoodAsync(app);
        var ana = await app.AddNeighborAsync(Person.Ana);
        var need = await app.AddPostAsync(ana.Id, PostKind.Need, "Ride to the clinic", TestData.AnaHome);
        var rosa = app.CreateBrowserClient();

        var post = await rosa.GetPageAsync($"/Posts/{need.Id}");
        var registered = await SignUpFromAsync(rosa, post, "sign up");
        Assert.Contains("Check your email", registered.Text, StringComparison.Ordinal);
        var login = await ConfirmAsync(app, rosa);
        var home = await rosa.SubmitForPageAsync(login, AccountForms.Form, new() { ["Input.Email"] = "rosa@example.org", ["Input.Password"] = TestData.Password });

        Assert.Equal("/Profile/Home", home.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Where is home?", home.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(home.Document.QuerySelector("#Input_NeighborhoodId"));
        var onward = await rosa.SubmitAsync(home, "main form[method=post]", new() { ["Input.NeighborhoodId"] = riverside });
        Assert.Equal(Helping, onward.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal($"?returnUrl=%2FPosts%2F{need.Id}", onward.RequestMessage.RequestUri.Query);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "rosa@example.org" && u.NeighborhoodId.ToString() == riverside && u.HomeLatitude != null)));
    }

    [Fact]
    public async Task A_signed_out_link_to_matches_survives_sign_up_and_not_now_skips_home_once_for_good()
    {
        await using var app = new MutualAidApp();
        await AddNeighborhoodAsync(app);
        var rosa = app.CreateBrowserClient();

        var challenged = await rosa.GetPageAsync("/Matches");
        Assert.Equal("/Identity/Account/Login", challenged.Response.RequestMessage!.RequestUri!.AbsolutePath);
        await SignUpFromAsync(rosa, challenged, "New here? Sign up");
        var login = await ConfirmAsync(app, rosa);
        var home = await rosa.SubmitForPageAsync(login, AccountForms.Form, new() { ["Input.Email"] = "rosa@example.org", ["Input.Password"] = TestData.Password });

        // "Save" with nothing chosen says what to do, beside the field, and saves nothing.
        var empty = await rosa.SubmitForPageAsync(home, "main form[method=post]", []);
        Assert.Contains("choose “Not now”", empty.Document.QuerySelector("#Input_NeighborhoodId")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var notNow = home.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "Not now").GetAttribute("href");
        Assert.Equal($"{Helping}?returnUrl=%2FMatches", notNow);

        // The next log-in, skipped steps and all, goes straight where it was going.
        await rosa.SubmitAsync(await rosa.GetPageAsync("/"), "form[action*='Logout']", []);
        var again = await rosa.GetPageAsync("/Matches");
        var matches = await rosa.SubmitForPageAsync(again, AccountForms.Form, new() { ["Input.Email"] = "rosa@example.org", ["Input.Password"] = TestData.Password });
        Assert.Equal("/Matches", matches.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "rosa@example.org" && u.HomeLatitude == null)));
    }

    [Fact]
    public async Task A_newcomer_whose_home_is_already_set_goes_from_the_first_log_in_to_what_they_could_help_with()
    {
        await using var app = new MutualAidApp();
        var rosa = app.CreateBrowserClient();
        await rosa.SignUpAsync("rosa@example.org", name: "Rosa");
        await rosa.ConfirmEmailAsync((await app.ConfirmLinkAsync("rosa@example.org"))!);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == "rosa@example.org")
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.HomeLatitude, 40.41).SetProperty(n => n.HomeLongitude, -3.70)));

        var landed = await rosa.LogInAsync("rosa@example.org", TestData.Password);

        Assert.Equal(Helping, landed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?returnUrl=%2F", landed.Response.RequestMessage.RequestUri.Query);
    }

    [Fact]
    public async Task The_sign_up_and_log_in_links_of_any_page_come_back_to_it()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        var need = await app.AddPostAsync(ana.Id, PostKind.Need, "Ride to the clinic", TestData.AnaHome);
        var visitor = app.CreateBrowserClient();

        var post = await visitor.GetPageAsync($"/Posts/{need.Id}");
        var links = post.Document.QuerySelectorAll("a[href^='/Identity/Account/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Identity/Account/Register?returnUrl=%2FPosts%2F{need.Id}", links);
        Assert.Contains($"/Identity/Account/Login?returnUrl=%2FPosts%2F{need.Id}", links);
        var register = await visitor.GetPageAsync($"/Identity/Account/Register?returnUrl=%2FPosts%2F{need.Id}");
        var toLogin = register.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "I already have an account").GetAttribute("href");
        Assert.Equal($"/Identity/Account/Login?returnUrl=%2FPosts%2F{need.Id}", toLogin);
    }

    private static async Task<string> AddNeighborhoodAsync(MutualAidApp app) =>
        await app.WithDbAsync(async db =>
        {
            var riverside = new Web.Neighborhoods.Neighborhood { Name = "Riverside", CenterLatitude = 40.4080, CenterLongitude = -3.7150, RadiusKm = 1 };
            db.Neighborhoods.Add(riverside);
            await db.SaveChangesAsync();
            return riverside.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

    // Follows the page's sign-up link as a person would, and fills in the form.
    private static async Task<HtmlPage> SignUpFromAsync(HttpClient client, HtmlPage page, string linkText)
    {
        var link = page.Document.QuerySelectorAll("main a").First(a => a.TextContent.Trim() == linkText).GetAttribute("href")!;
        var form = await client.GetPageAsync(link);
        return await client.SubmitForPageAsync(form, AccountForms.Form, new()
        {
            ["Input.DisplayName"] = "Rosa",
            ["Input.Email"] = "rosa@example.org",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
        });
    }

    // Opens the emailed link, confirms with the password, and follows "Log in" to the log-in form.
    private static async Task<HtmlPage> ConfirmAsync(MutualAidApp app, HttpClient client)
    {
        var confirmed = await client.ConfirmEmailAsync((await app.ConfirmLinkAsync("rosa@example.org"))!);
        Assert.Equal(HttpStatusCode.OK, confirmed.Response.StatusCode);
        Assert.Contains("Email confirmed", confirmed.Text, StringComparison.Ordinal);
        var logIn = confirmed.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "Log in").GetAttribute("href")!;
        return await client.GetPageAsync(logIn);
    }
}
