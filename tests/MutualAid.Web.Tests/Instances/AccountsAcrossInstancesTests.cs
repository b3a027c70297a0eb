using System.Net;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Instances;

// Behind a proxy, a neighbor's next request may go to the other instance. Each instance must
// accept what the other issued (a log-in cookie, a form's token), and a guesser must gain
// nothing by having their guesses spread over both.
public class AccountsAcrossInstancesTests
{
    [PostgresOnlyFact]
    public async Task A_form_from_one_instance_posts_on_the_other_and_its_log_in_cookie_works_on_the_first()
    {
        await using var site = new TwoInstances();
        await site.A.AddNeighborAsync("ana@example.org", "Ana");
        // Both make their first keys at the same moment, as two instances starting together would.
        await Task.WhenAll(Task.Run(() => OpenFormAsync(site.A)), Task.Run(() => OpenFormAsync(site.B)));

        var (token, antiforgery) = await OpenFormAsync(site.A);
        var signedIn = await LogInAsync(site.B, token, antiforgery);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await Security.RestartTests.GetProfileAsync(site.A, cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Security.RestartTests.GetProfileAsync(site.B, cookie)).StatusCode);
    }

    [PostgresOnlyFact]
    public async Task Guesses_spread_over_two_instances_lock_the_address_after_as_many_as_on_one()
    {
        await using var site = new TwoInstances();
        await site.A.AddNeighborAsync("ana@example.org", "Ana");

        for (var guess = 0; guess < 5; guess++)
        {
            var instance = guess % 2 == 0 ? site.A : site.B;
            Assert.False((await instance.CreateBrowserClient().LogInAsync("ana@example.org", $"guess number {guess}")).IsLoggedIn());
        }

        Assert.False((await site.A.CreateBrowserClient().LogInAsync("ana@example.org", TestData.Password)).IsLoggedIn());
        Assert.False((await site.B.CreateBrowserClient().LogInAsync("ana@example.org", TestData.Password)).IsLoggedIn());
    }

    [PostgresOnlyFact]
    public async Task Log_in_tries_from_one_address_spread_over_two_instances_meet_the_limit_at_the_same_count()
    {
        const int Limit = 4;
        await using var site = new TwoInstances(new() { ["RateLimits:LogInsPerAddressPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await site.A.AddNeighborAsync("ana@example.org", "Ana");

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= Limit; attempt++)
        {
            var instance = attempt % 2 == 0 ? site.A : site.B;
            answers.Add((await instance.CreateBrowserClient().LogInAsync($"someone{attempt}@example.org", "a guess")).Response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Limit).Append(HttpStatusCode.TooManyRequests).ToList(), answers);
    }

    private static async Task<(string Token, string Cookie)> OpenFormAsync(MutualAidApp app)
    {
        var login = await Security.RestartTests.RawClient(app).GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = (await HtmlForms.ParseAsync(login)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        return (token, cookie);
    }

    private static async Task<HttpResponseMessage> LogInAsync(MutualAidApp app, string token, string antiforgery)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "ana@example.org",
            ["Input.Password"] = TestData.Password,
            ["__RequestVerificationToken"] = token,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Login") { Content = form };
        request.Headers.Add("Cookie", antiforgery);
        return await Security.RestartTests.RawClient(app).SendAsync(request, TestContext.Current.CancellationToken);
    }
}
