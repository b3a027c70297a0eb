using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A scanner sends return addresses and paths no browser would: non-ASCII, control characters, a
// CR LF meant to start a header of its own, a tab a browser drops to turn "/<tab>/x" into "//x",
// ten thousand characters, percent-encoded tricks. Whatever the app writes into a response header
// from them must be a header Kestrel can send (never a 500), and a redirect never leaves the site.
// Over a real Kestrel server: the in-memory test server lets through headers Kestrel refuses.
public class HeaderValueSweepTests
{
    public static readonly string[] Hostile =
    [
        "/¿'\"(", "/ñandú?q=é#ü", "/\u0001x", "/\r\nSet-Cookie: x=y", "\r\n/", "/\t/evil.example", "/\u2028/evil.example", "/\u3000/evil.example",
        "/" + new string('a', 10_000), "/" + new string('ñ', 10_000), "/%C2%BF", "%2F%2Fevil.example", "/%2F%2Fevil.example",
        "/%0D%0ASet-Cookie:%20x=y", "//evil.example", "/\\evil.example", "https://evil.example/", "~/¿", "／／evil.example", "/🧡🏳️‍🌈",
    ];

    private static readonly string[] SomeHostile = ["/¿'\"(", "/\r\nSet-Cookie: x=y", "/" + new string('ñ', 10_000)];

    [Fact]
    public async Task Every_return_address_a_page_takes_stays_on_the_site_and_never_breaks_it()
    {
        await using var app = new MutualAidApp();
        var server = app.StartOnKestrel();
        await app.AddNeighborAsync(Person.Ana);
        var ana = await RealServer.SignedInRealClientAsync(server, "ana@example.org");
        var i = 0;

        foreach (var target in Hostile)
        {
            // A return address travels in the form, and in the address when it fits in one.
            var query = "returnUrl=" + Uri.EscapeDataString(target);
            var inAddress = query.Length < 4000 ? "?" + query : "";
            var stranger = RealServer.RealClient(server);
            var chooser = await SafeGetAsync(stranger, "/Language" + inAddress);
            foreach (var client in new[] { stranger, ana })
            {
                var token = await client.GetPageAsync("/Language");
                await SafePostAsync(client, token, "/Language", new() { ["culture"] = "es", ["returnUrl"] = target });
                await SafePostAsync(client, token, "/Language" + inAddress, new() { ["culture"] = "en" });
            }

            var kept = chooser.Document.QuerySelector("input[name=returnUrl]")?.GetAttribute("value") ?? "/";
            await SafePostAsync(stranger, chooser, "/Language", new() { ["culture"] = "en", ["returnUrl"] = kept });

            var login = await SafeGetAsync(stranger, "/Identity/Account/Login" + inAddress);
            var credentials = new Dictionary<string, string> { ["Input.Email"] = "ana@example.org", ["Input.Password"] = TestData.Password };
            AssertSafe(await stranger.SubmitAsync(login, "main form[method=post]", inAddress.Length > 0 ? credentials : new(credentials) { ["returnUrl"] = target }), "log-in");
            await SafePostAsync(stranger, await stranger.GetPageAsync("/Identity/Account/Logout"), "/Identity/Account/Logout", new() { ["returnUrl"] = target });

            var signUp = RealServer.RealClient(server);
            var register = await SafeGetAsync(signUp, "/Identity/Account/Register" + inAddress);
            var account = new Dictionary<string, string>
            {
                ["Input.DisplayName"] = "Neighbor",
                ["Input.Email"] = $"n{i++}@example.org",
                ["Input.Password"] = TestData.Password,
                ["Input.ConfirmPassword"] = TestData.Password,
            };
            AssertSafe(await signUp.SubmitAsync(register, "main form[method=post]", inAddress.Length > 0 ? account : new(account) { ["returnUrl"] = target }), "sign-up");
            await SafeGetAsync(stranger, "/Identity/Account/ConfirmEmail?userId=x&code=YWJj" + inAddress.Replace('?', '&'));
        }
    }

    [Fact]
    public async Task Every_page_and_every_form_on_it_answers_hostile_addresses_without_a_500()
    {
        await using var app = new MutualAidApp();
        var server = app.StartOnKestrel();
        await app.AddNeighborAsync(Person.Ana);
        await app.MakeStewardAsync("ana@example.org");

        // Each round has a new answerer: pressing every form on the post's page blocks its author.
        foreach (var (hostile, round) in SomeHostile.Select((hostile, round) => (hostile, round)))
        {
            var answerer = new Person($"Ben{round}", TestData.BenHome);
            await app.AddNeighborAsync(answerer);
            var ana = await RealServer.SignedInRealClientAsync(server, "ana@example.org");
            var ben = await RealServer.SignedInRealClientAsync(server, answerer.Email);
            // The steward pressed every form on the categories page last round, retiring them all.
            await app.WithDbAsync(db => db.Categories.ExecuteUpdateAsync(set => set.SetProperty(c => c.RetiredAt, (DateTime?)null)));
            var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
            await SafePostAsync(ben, await ben.GetPageAsync($"/Posts/{post}"), $"/Posts/{post}?handler=Answer", new() { ["Message"] = "I can" });
            var token = await app.WithServiceAsync<RenewTokens, string>(tokens => Task.FromResult(tokens.For(post)));
            foreach (var client in new[] { RealServer.RealClient(server), ben, ana })
            {
                foreach (var page in Pages(post, token, hostile))
                {
                    await SubmitEveryFormAsync(client, await SafeGetAsync(client, page), hostile);
                }
            }
        }
    }

    [Fact]
    public async Task A_hostile_language_choice_or_cookie_gives_a_plain_cookie_and_a_page()
    {
        await using var app = new MutualAidApp();
        var server = app.StartOnKestrel();
        foreach (var hostile in Hostile.Append("es\r\nSet-Cookie: x=y").Append("c=es|uic=es"))
        {
            var client = RealServer.RealClient(server);
            var response = await SafePostAsync(client, await client.GetPageAsync("/Language"), "/Language", new() { ["culture"] = hostile, ["returnUrl"] = "/" });
            Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.All(cookie, c => Assert.InRange(c, ' ', '~')));

            var withCookie = RealServer.RealClient(server);
            withCookie.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString(hostile));
            await SafeGetAsync(withCookie, "/");
        }
    }

    [Fact]
    public async Task Switching_language_on_a_search_for_accented_words_comes_back_to_the_same_search()
    {
        await using var app = new MutualAidApp();
        var server = app.StartOnKestrel();
        var client = RealServer.RealClient(server);
        var search = await SafeGetAsync(client, "/?q=" + Uri.EscapeDataString("ñandú ¿dónde?"));
        var returnUrl = search.Document.QuerySelector("form.language-choice input[name=returnUrl]")!.GetAttribute("value")!;

        var switched = await SafePostAsync(client, search, "/Language", new() { ["culture"] = "es", ["returnUrl"] = returnUrl });

        Assert.Equal("ñandú ¿dónde?", System.Web.HttpUtility.ParseQueryString(new Uri(server, switched.Headers.Location!).Query)["q"]);
    }

    private static IEnumerable<string> Pages(int post, string renewToken, string hostile)
    {
        var query = Uri.EscapeDataString(hostile).Length < 2000 ? "returnUrl=" + Uri.EscapeDataString(hostile) + "&handler=" + Uri.EscapeDataString(hostile) : "x=1";
        string[] pages =
        [
            "/", "/Map", "/Mine", "/Matches", "/Profile", "/Profile/Notifications", "/Posts/New", $"/Posts/{post}", $"/Posts/{post}/Edit",
            $"/Posts/{post}/Withdraw", $"/Posts/{post}/Renew?token={Uri.EscapeDataString(renewToken)}", $"/Report?postId={post}", "/Language",
            "/Moderation", "/Moderation/Categories", "/Moderation/Neighborhoods", "/Moderation/Stewards", "/Unsubscribe?token=x",
            "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/ForgotPassword", "/Identity/Account/ResendEmailConfirmation",
            "/Identity/Account/ResetPassword?code=YWJj", "/Identity/Account/ChangePassword",
        ];
        return pages.Select(p => p + (p.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query)
            .Append("/Posts/" + Uri.EscapeDataString(hostile)[..Math.Min(2000, Uri.EscapeDataString(hostile).Length)]);
    }

    // Every form on the page, the language buttons among them, as a browser would send it, with
    // the hostile address as the form's return address too. Logging out is left to the test above.
    private static async Task SubmitEveryFormAsync(HttpClient client, HtmlPage page, string hostile)
    {
        foreach (var form in page.Document.QuerySelectorAll<IHtmlFormElement>("form[method=post]").Where(f => !(f.GetAttribute("action") ?? "").Contains("Logout", StringComparison.Ordinal)))
        {
            var fields = form.Elements.OfType<IHtmlInputElement>().Where(e => !string.IsNullOrEmpty(e.Name) && e.Type is not ("checkbox" or "radio"))
                .Select(e => new KeyValuePair<string, string>(e.Name!, e.Name == "returnUrl" ? hostile : e.Value))
                .Append(new("returnUrl", hostile))
                .Concat(form.Elements.OfType<IHtmlButtonElement>().Where(b => !string.IsNullOrEmpty(b.Name)).Take(1).Select(b => new KeyValuePair<string, string>(b.Name!, b.Value)));
            var action = form.GetAttribute("action");
            var target = string.IsNullOrEmpty(action) ? page.Response.RequestMessage!.RequestUri! : new Uri(page.Response.RequestMessage!.RequestUri!, action);
            using var content = new FormUrlEncodedContent(fields);
            AssertSafe(await client.PostAsync(target, content), $"the form to {target.PathAndQuery[..Math.Min(80, target.PathAndQuery.Length)]}");
        }
    }

    private static async Task<HtmlPage> SafeGetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        AssertSafe(response, "GET " + url[..Math.Min(80, url.Length)]);
        return await HtmlForms.ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> SafePostAsync(HttpClient client, HtmlPage tokenFrom, string url, Dictionary<string, string> values)
    {
        var response = await client.PostWithTokenOfAsync(tokenFrom, url, values: values);
        AssertSafe(response, "POST " + url[..Math.Min(80, url.Length)]);
        return response;
    }

    private static void AssertSafe(HttpResponseMessage response, string what)
    {
        Assert.True((int)response.StatusCode < 500, $"{what} answered {(int)response.StatusCode}");
        if (response.Headers.Location is { } location)
        {
            var target = location.OriginalString;
            var onSite = location.IsAbsoluteUri
                ? location.Host == response.RequestMessage!.RequestUri!.Host
                : target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith("/\\", StringComparison.Ordinal);
            Assert.True(onSite, $"{what} redirected to {target[..Math.Min(80, target.Length)]}");
            Assert.True(target.Length <= 4096 && target.All(c => c is > ' ' and < '\u007F'), $"{what} redirected to a raw address");
        }

        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
        Assert.DoesNotContain(cookies, cookie => cookie.StartsWith("x=", StringComparison.Ordinal));
    }
}
