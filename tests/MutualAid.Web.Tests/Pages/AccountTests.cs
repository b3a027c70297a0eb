using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class AccountTests
{
    private const string Form = "form[method=post]:not(.inline-form)";

    [Theory]
    [InlineData("en", "You already have a MutualAid account")]
    [InlineData("es", "Ya tienes una cuenta en MutualAid")]
    public async Task Signing_up_with_a_taken_email_looks_the_same_and_tells_the_owner_by_email_in_the_page_language(string language, string subject)
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var fresh = await SignUpAsync(app, "new@example.org", language);
        var taken = await SignUpAsync(app, "ana@example.org", language);
        await app.DeliverEmailAsync();
        var email = Assert.Single(app.Mail.To("ana@example.org"));

        Assert.Equal(fresh.Response.StatusCode, taken.Response.StatusCode);
        Assert.Equal(fresh.Response.RequestMessage!.RequestUri!.AbsolutePath, taken.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(fresh.Document.QuerySelector("main")!.TextContent.Replace("new@example.org", "", StringComparison.Ordinal),
            taken.Document.QuerySelector("main")!.TextContent.Replace("ana@example.org", "", StringComparison.Ordinal));
        Assert.Equal(subject, email.Subject);
        Assert.Contains("https://mutualaid.example/Identity/Account/ForgotPassword", email.TextBody, StringComparison.Ordinal);
        if (language == "es")
        {
            EnglishWords.AssertNoneIn(email);
        }

        Assert.Equal("Ana", await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var client = app.CreateBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            var form = await client.GetPageAsync("/Identity/Account/Login");
            await client.SubmitAsync(form, Form, new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = "not the password at all" });
        }

        var login = await client.GetPageAsync("/Identity/Account/Login");
        var page = await client.SubmitForPageAsync(login, Form, new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = TestData.Password });

        Assert.Equal("/Identity/Account/Login", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("Log out", page.Text, StringComparison.Ordinal);

        // The lockout lasts fifteen minutes from the fifth wrong password.
        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False((await app.CreateBrowserClient().LogInAsync("ana@example.org", TestData.Password)).IsLoggedIn());
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await app.CreateBrowserClient().LogInAsync("ana@example.org", TestData.Password)).IsLoggedIn());
    }

    [Fact]
    public async Task A_new_password_chosen_through_the_emailed_link_ends_a_lockout()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var client = app.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LogInAsync("ANA@example.org", "not the password at all");
        }

        await client.AskForLinkAsync(AccountForms.ForgotPassword, "ana@example.org");
        await client.ChooseNewPasswordAsync((await app.ResetLinkAsync("ana@example.org"))!, "ana@example.org", "a brand new passphrase");

        Assert.True((await client.LogInAsync("ana@example.org", "a brand new passphrase")).IsLoggedIn());
    }

    [Theory]
    [InlineData("/Identity/Account/ResetPassword?code=abc).")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=nobody&code=%%%")]
    public async Task A_mangled_link_from_an_email_gets_a_friendly_page_not_an_error(string url)
    {
        await using var app = new MutualAidApp();

        var page = await app.CreateBrowserClient().GetPageAsync(url);

        Assert.True(page.Response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, page.Response.StatusCode.ToString());
        Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
        Assert.Contains("Back to all posts", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Identity/Account/Manage")]
    [InlineData("/Identity/Account/Manage/Email")]
    [InlineData("/Identity/Account/Manage/ChangePassword")]
    [InlineData("/Identity/Account/Manage/TwoFactorAuthentication")]
    [InlineData("/Identity/Account/Manage/PersonalData")]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    [InlineData("/Identity/Account/ExternalLogin")]
    public async Task Pages_of_identitys_default_ui_that_we_do_not_offer_are_not_found(string url)
    {
        // As the published app runs: a build-output run adds a catch-all for static files added
        // since the build, which answers any POST to an unknown address with 405.
        await using var app = new MutualAidApp(settings: new() { ["DisableStaticAssetNotFoundRuntimeFallback"] = "true" });
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var ana = await app.SignedInClientAsync("ana@example.org");
        var stranger = app.CreateBrowserClient();
        var token = await stranger.GetPageAsync("/Identity/Account/Login");

        var responses = new[]
        {
            await ana.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken),
            await stranger.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken),
            await stranger.PostWithTokenOfAsync(token, url, values: new() { ["provider"] = "Google", ["Input.Email"] = "ana@example.org" }),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Contains("Page not found", await responses[0].Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_log_out_address_only_offers_a_button_and_pressing_it_logs_out()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var ana = await app.SignedInClientAsync("ana@example.org");

        var offered = await ana.GetPageAsync("/Identity/Account/Logout");
        var stillIn = await ana.GetPageAsync("/Mine");
        var loggedOut = await ana.SubmitForPageAsync(offered, "main form[method=post]", new());
        var afterwards = await ana.GetPageAsync("/Mine");

        Assert.Equal("/Mine", stillIn.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("You are logged out", loggedOut.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/Login", afterwards.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Asking_to_send_the_confirmation_again_answers_the_same_for_any_address_and_writes_only_to_unconfirmed_accounts()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        await SignUpAsync(app, "new@example.org");

        var pages = new List<string>();
        foreach (var email in new[] { "new@example.org", "ana@example.org", "nobody@example.org" })
        {
            var client = app.CreateBrowserClient();
            var form = await client.GetPageAsync("/Identity/Account/ResendEmailConfirmation");
            var page = await client.SubmitForPageAsync(form, Form, new() { ["Input.Email"] = email });
            pages.Add(page.Document.QuerySelector("main")!.TextContent);
        }

        await app.DeliverEmailAsync();

        Assert.Single(pages.Distinct());
        Assert.Contains("we sent it a new link", pages[0], StringComparison.Ordinal);
        Assert.Equal(2, app.Mail.To("new@example.org").Count(m => m.Subject == "Confirm your email for MutualAid"));
        Assert.Empty(app.Mail.To("ana@example.org"));
        Assert.Empty(app.Mail.To("nobody@example.org"));
    }

    private static async Task<HtmlPage> SignUpAsync(MutualAidApp app, string email, string language = "en")
    {
        var client = app.CreateBrowserClient().Prefers(language);
        var form = await client.GetPageAsync("/Identity/Account/Register");
        return await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.DisplayName"] = "Someone",
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough passphrase",
            ["Input.ConfirmPassword"] = "a long enough passphrase",
        });
    }
}
