using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A newcomer on a phone opens a link to a post while signed out, signs up, confirms, logs in, is
// asked once where home is, and lands on the post. And a post for two people: two neighbors are
// accepted, and the third is told plainly that it is full.
public sealed partial class FirstStepsJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 240_000)]
    [InlineData(true, "en", "map")]
    [InlineData(false, "en", "list")]
    [InlineData(true, "es", "not now")]
    public async Task A_newcomer_opens_a_post_link_signs_up_sets_home_and_lands_on_the_post(bool javaScript, string language, string home)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var ana = await Neighbor.OpenAsync(browser, app, mail, "Ana");
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language, Phone);
        var say = rosa.Say;
        await ana.JoinAsync();
        await ana.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await ana.SetHomeAsync("Riverside", onTheMap: false);
        var needId = await ana.PostAsync("need", "Meals", "Soup for a sick household");

        // The link from a match email, opened on a phone by someone with no account yet.
        var page = rosa.Page;
        await page.GotoAsync($"/Posts/{needId}");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = say["sign up"], Exact = true }).ClickAsync();
        await page.Locator("#Input_DisplayName").FillAsync(rosa.Name);
        await page.Locator("#Input_Email").FillAsync(rosa.Email);
        await page.Locator("#Input_Password").FillAsync(Neighbor.Password);
        await page.Locator("#Input_ConfirmPassword").FillAsync(Neighbor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = say["Sign up"], Exact = true }).ClickAsync();
        await rosa.ConfirmEmailAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = say["Log in"], Exact = true }).ClickAsync();
        await page.Locator("#Input_Email").FillAsync(rosa.Email);
        await page.Locator("#Input_Password").FillAsync(Neighbor.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = say["Log in"], Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(say["Where is home?"]);
        Assert.Equal($"/Profile/Home?returnUrl=%2FPosts%2F{needId}", new Uri(page.Url).PathAndQuery);
        await Screenshots.SaveAsync(page, $"first-steps-home-{language}-{(javaScript ? "js" : "no-js")}");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Phone, "The home step is wider than a phone.");
        if (javaScript)
        {
            var result = await page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, "axe found on the home step:\n" + string.Join("\n", result.Violations.Select(v => $"- {v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}")));
        }

        await SetOrSkipHomeAsync(rosa, home);
        await Expect(page).ToHaveURLAsync(HelpingStep());
        Assert.EndsWith($"?returnUrl=%2FPosts%2F{needId}", page.Url, StringComparison.Ordinal);
        // "What could you help with?" is its own step, and its Skip link goes on to the post.
        await Expect(page.Locator("h1")).ToHaveTextAsync(say["What could you help with?"]);
        await page.GetByRole(AriaRole.Link, new() { Name = say["Skip for now"] }).ClickAsync();
        Assert.Equal($"/Posts/{needId}", new Uri(page.Url).PathAndQuery);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Soup for a sick household");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = say["I can help"] })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"first-steps-landed-{language}-{(javaScript ? "js" : "no-js")}");
        Assert.Empty(rosa.BrowserErrors);
    }

    [Theory(Timeout = 300_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_post_for_two_takes_two_neighbors_and_tells_the_third_it_is_full(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var ana = await Neighbor.OpenAsync(browser, app, mail, "Ana", javaScript, language);
        var say = ana.Say;
        await ana.JoinAsync();
        await ana.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await ana.SetHomeAsync("Riverside", onTheMap: false);
        var needId = await PostForTwoAsync(ana);

        var helpers = new List<Neighbor>();
        foreach (var name in new[] { "Ben", "Cai", "Dee" })
        {
            var helper = await Neighbor.OpenAsync(browser, app, mail, name, javaScript, language);
            helpers.Add(helper);
            await helper.JoinAsync();
        }

        try
        {
            foreach (var helper in helpers.Take(2))
            {
                await helper.Page.GotoAsync($"/Posts/{needId}");
                await helper.Page.GetByRole(AriaRole.Button, new() { Name = say["I can help"] }).ClickAsync();
                await Expect(helper.Page.Locator(".notice")).ToHaveTextAsync(say["Your answer is sent. You will get an email when the author decides."]);
                await ana.Page.GotoAsync($"/Posts/{needId}");
                await ana.Page.GetByRole(AriaRole.Button, new() { Name = say["Accept {0}", helper.Name] }).ClickAsync();
                await Expect(ana.Page.Locator(".notice")).ToHaveTextAsync(say["Accepted. You and {0} each have an email with the other's contact details.", helper.Name]);
                var introduction = await mail.WaitForAsync(helper.Email, say["You are in touch with {0}", "Ana"]);
                Assert.Contains(ana.Email, introduction.Text, StringComparison.Ordinal);
            }

            var third = helpers[2];
            await third.Page.SetViewportSizeAsync(Phone, 740);
            await third.Page.GotoAsync($"/Posts/{needId}");
            await Expect(third.Page.GetByText(say["This post is full: all the people it needs have been accepted."])).ToBeVisibleAsync();
            await Expect(third.Page.GetByRole(AriaRole.Button, new() { Name = say["I can help"] })).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(third.Page, $"post-for-two-full-{language}-{(javaScript ? "js" : "no-js")}");
            Assert.Empty(third.BrowserErrors);
        }
        finally
        {
            foreach (var helper in helpers)
            {
                await helper.DisposeAsync();
            }
        }
    }

    // With JavaScript by the map, without by the list of neighborhoods; or not now.
    private static async Task SetOrSkipHomeAsync(Neighbor neighbor, string how)
    {
        var page = neighbor.Page;
        if (how == "not now")
        {
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = neighbor.Say["Not now"], Exact = true }).ClickAsync();
            return;
        }

        if (how == "map")
        {
            await page.Locator("#profile-map").ClickAsync();
            await Expect(page.Locator("#Input_Latitude")).Not.ToBeEmptyAsync();
        }
        else
        {
            await Expect(page.Locator("#profile-map")).ToBeHiddenAsync();
            await page.Locator("#Input_NeighborhoodId").SelectOptionAsync(new SelectOptionValue { Label = "Riverside" });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = neighbor.Say["Save and go on"] }).ClickAsync();
    }

    private static async Task<int> PostForTwoAsync(Neighbor ana)
    {
        var page = ana.Page;
        await page.GotoAsync("/Posts/New?kind=Need");
        await page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = ana.Say["Moving help"] });
        await page.Locator("#Input_Title").FillAsync("Two people to carry a sofa");
        await page.Locator("#Input_Capacity").FillAsync("2");
        await page.Locator("#Input_RadiusKm").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = ana.Say["Post it"] }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Two people to carry a sofa");
        return int.Parse(PostPath().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("/Profile/Helping")]
    private static partial Regex HelpingStep();

    [GeneratedRegex(@"/Posts/(\d+)$")]
    private static partial Regex PostPath();
}
