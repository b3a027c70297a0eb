using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Data-protection keys live in the database: after a restart, people stay logged in and the
// unsubscribe links already sent still work.
public class RestartTests
{
    [Fact]
    public async Task A_restart_keeps_neighbors_logged_in_and_unsubscribe_links_valid()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:MutualAid"] = TestDatabase.SharedAcrossRestarts() };
        string token;
        string cookie;
        await using (var before = new MutualAidApp(settings: settings))
        {
            var ana = await before.AddNeighborAsync(Person.Ana);
            token = before.Services.GetRequiredService<UnsubscribeTokens>().For(ana.Id);
            cookie = await LogInCookieAsync(before);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await GetProfileAsync(before, cookie)).StatusCode);
        }

        await using var after = new MutualAidApp(settings: settings);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await GetProfileAsync(after, cookie)).StatusCode);
        Assert.NotNull(after.Services.GetRequiredService<UnsubscribeTokens>().NeighborIdFrom(token));
        Assert.True(await after.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()), "The keys are not kept in the database.");
    }

    internal static HttpClient RawClient(MutualAidApp app) =>
        app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    internal static async Task<HttpResponseMessage> GetProfileAsync(MutualAidApp app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Profile");
        request.Headers.Add("Cookie", cookie);
        return await RawClient(app).SendAsync(request, TestContext.Current.CancellationToken);
    }

    internal static async Task<string> LogInCookieAsync(MutualAidApp app)
    {
        var client = RawClient(app);
        var login = await client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = (await HtmlForms.ParseAsync(login)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "ana@example.org",
            ["Input.Password"] = TestData.Password,
            ["__RequestVerificationToken"] = token,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Login") { Content = form };
        request.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal)).Split(';')[0];
    }
}
