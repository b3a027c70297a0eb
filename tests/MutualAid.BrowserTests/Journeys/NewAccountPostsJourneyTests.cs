using System.Globalization;
using System.Text.RegularExpressions;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// What a new account meets on a phone while posting: an empty number is named at its field, with
// what was typed kept; a neighborhood chosen from its list is where the post goes, scripts or none;
// a brand-new post offers no "Renew"; and after the three posts a new account may make, editing
// one still works.
public sealed partial class NewAccountPostsJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_new_account_posts_in_a_neighborhood_sees_no_renew_and_edits_after_its_third_post(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa");
        await using var lena = await Neighbor.OpenAsync(browser, app, mail, "Lena", javaScript, language, Phone);
        var say = lena.Say;
        var suffix = $"{language}-{(javaScript ? "js" : "no-js")}";
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        // About 3 km north of Riverside: a post placed there reads "2–5 km" from a Riverside home.
        await rosa.AddNeighborhoodAsync("Hilltop", 40.4380, -3.7150);
        await lena.JoinAsync();
        await lena.SetHomeAsync("Riverside", onTheMap: false);

        var page = lena.Page;
        await page.GotoAsync("/Posts/New?kind=Need");
        await page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = say["Meals"] });
        await page.Locator("#Input_Title").FillAsync("Soup up the hill");
        await page.Locator("#Input_NeighborhoodId").SelectOptionAsync(new SelectOptionValue { Label = "Hilltop" });
        await page.Locator("#Input_Capacity").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = say["Post it"], Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Capacity']")).ToHaveTextAsync(say["Enter how many people."]);
        await Expect(page.Locator("#Input_Title")).ToHaveValueAsync("Soup up the hill");
        await PhoneCheck.FitsAndPassesAxeAsync(lena, $"new-account-empty-number-{suffix}");

        // Only the list is touched: without scripts nothing else marks the neighborhood as chosen.
        await page.Locator("#Input_NeighborhoodId").SelectOptionAsync(new SelectOptionValue { Label = "Hilltop" });
        await page.Locator("#Input_Capacity").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = say["Post it"], Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(say["Your post is up. Neighbors nearby can see it now."]);
        var first = int.Parse(PostPath().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await Expect(page.Locator("main")).ToContainTextAsync(say["{0} from your home", "2–5 km"]);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = say["Renew"], Exact = true })).ToHaveCountAsync(0);
        await PhoneCheck.FitsAndPassesAxeAsync(lena, $"new-account-fresh-post-{suffix}");

        await lena.PostAsync("need", "Meals", "Bread for Sunday");
        await lena.PostAsync("offer", "Meals", "Spare lemons");
        await page.GotoAsync($"/Posts/{first}");
        await page.GetByRole(AriaRole.Link, new() { Name = say["Edit"], Exact = true }).ClickAsync();
        await page.Locator("#Input_Title").FillAsync("Soup up the hill, two bowls");
        await page.GetByRole(AriaRole.Button, new() { Name = say["Save changes"], Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(say["Your changes are saved."]);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Soup up the hill, two bowls");
        await PhoneCheck.FitsAndPassesAxeAsync(lena, $"new-account-edited-{suffix}");
        Assert.Empty(lena.BrowserErrors);
    }

    [GeneratedRegex(@"/Posts/(\d+)$")]
    private static partial Regex PostPath();
}
