using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

public partial class WebDefenseTests
{
    private static readonly string[] PublicPages =
        ["/", "/Map", "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/ForgotPassword", "/Unsubscribe?token=x", "/no-such-page"];

    private static readonly string[] NeighborPages = ["/Profile", "/Profile/Notifications", "/Posts/New", "/Mine", "/Matches", "/Identity/Account/Manage", "/Identity/Account/ChangePassword"];

    [Fact]
    public async Task Every_page_sends_the_security_headers_and_a_script_policy_without_inline_scripts()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var responses = new List<(string Url, HttpResponseMessage Response)>();
        foreach (var url in PublicPages.Append($"/Posts/{postId}"))
        {
            responses.Add((url, await app.CreateBrowserClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)));
        }

        foreach (var url in NeighborPages.Append($"/Posts/{postId}").Append($"/Posts/{postId}/Edit"))
        {
            responses.Add((url, await ana.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)));
        }

        foreach (var (url, response) in responses)
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            foreach (var directive in new[] { "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'" })
            {
                Assert.Contains(directive, csp, StringComparison.Ordinal);
            }

            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.False(InlineScript().IsMatch(html), $"{url} has an inline script");
        }
    }

    [Fact]
    public async Task Outside_development_pages_send_a_year_of_HSTS_and_cookies_are_secure_http_only_and_same_site()
    {
        await using var app = new MutualAidApp("Production", new() { ["RateLimits:LogInsPerAddressPerMinute"] = "1000" });
        await app.AddNeighborAsync(Person.Ana);
        // HSTS is never sent to localhost, so this visitor uses the site's public name.
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://mutualaid.example"), AllowAutoRedirect = false, HandleCookies = false });

        var login = await client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await HtmlForms.ParseAsync(login);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var antiforgeryCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "ana@example.org",
            ["Input.Password"] = TestData.Password,
            ["__RequestVerificationToken"] = token,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Login") { Content = form };
        request.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);
        var signedIn = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000; includeSubDomains", login.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var flags = cookie.ToLowerInvariant();
            Assert.Contains("secure", flags, StringComparison.Ordinal);
            Assert.Contains("httponly", flags, StringComparison.Ordinal);
            Assert.Contains("samesite=", flags, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Every_form_refuses_a_post_without_its_antiforgery_token_and_changes_nothing()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        var targets = new[]
        {
            "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/Logout", "/Identity/Account/ForgotPassword",
            "/Identity/Account/ResendEmailConfirmation", "/Identity/Account/ResetPassword", "/Identity/Account/ChangePassword",
            "/Identity/Account/ChangeEmail", "/Identity/Account/LogOutElsewhere", "/Identity/Account/ConfirmEmailChange?userId=x&email=x%40example.org&code=YWJj",
            "/Profile", "/Profile/Notifications", "/Posts/New", $"/Posts/{postId}/Edit", $"/Posts/{postId}?handler=Renew",
            $"/Posts/{postId}?handler=Withdraw", $"/Posts/{postId}?handler=Accept&answerId={answerId}", $"/Posts/{postId}?handler=Decline&answerId={answerId}",
            $"/Posts/{postId}?handler=Fulfil", $"/Posts/{postId}?handler=Answer", $"/Posts/{postId}?handler=WithdrawAnswer",
            $"/Posts/{postId}?handler=Thank", $"/Posts/{postId}?handler=ShareThanks&noteId=1",
        };

        foreach (var url in targets)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Title"] = "changed", ["Message"] = "x" });
            var response = await ana.PostAsync(new Uri(url, UriKind.Relative), form, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} answered {response.StatusCode}");
        }

        var post = await app.FindPostAsync(postId);
        Assert.Equal(("Ride to the clinic", PostStatus.Open), (post!.Title, post.Status));
        Assert.Equal(Web.Posts.AnswerStatus.Pending, await app.WithDbAsync(db => db.Answers.Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Log_in_answers_the_same_for_a_missing_account_and_a_wrong_password()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");

        var wrongPassword = await LogInAsync(app, "ana@example.org", "not her password at all");
        var noAccount = await LogInAsync(app, "nobody@example.org", "not her password at all");
        var forgotExisting = await ForgotAsync(app, "ana@example.org");
        var forgotMissing = await ForgotAsync(app, "nobody@example.org");

        Assert.Equal(wrongPassword.Response.StatusCode, noAccount.Response.StatusCode);
        Assert.Equal(Normalize(wrongPassword, "ana@example.org"), Normalize(noAccount, "nobody@example.org"));
        Assert.Equal(forgotExisting.Response.RequestMessage!.RequestUri!.AbsolutePath, forgotMissing.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(Normalize(forgotExisting, "ana@example.org"), Normalize(forgotMissing, "nobody@example.org"));
    }

    [Fact]
    public async Task Too_many_log_in_attempts_from_one_address_get_a_friendly_429_page()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:LogInsPerAddressPerMinute"] = "3" });

        var pages = new List<HtmlPage>();
        for (var i = 0; i < 4; i++)
        {
            pages.Add(await LogInAsync(app, "nobody@example.org", "whatever password here"));
        }

        Assert.All(pages.Take(3), p => Assert.Equal(HttpStatusCode.OK, p.Response.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, pages[3].Response.StatusCode);
        Assert.Contains("Too many tries", pages[3].Text, StringComparison.Ordinal);
    }

    private static async Task<HtmlPage> LogInAsync(MutualAidApp app, string email, string password)
    {
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/Identity/Account/Login");
        return await client.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    private static async Task<HtmlPage> ForgotAsync(MutualAidApp app, string email)
    {
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/Identity/Account/ForgotPassword");
        return await client.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.Email"] = email });
    }

    private static string Normalize(HtmlPage page, string email) =>
        Token().Replace(page.Document.QuerySelector("main")!.InnerHtml, "").Replace(email, "EMAIL", StringComparison.Ordinal);

    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();
}
