using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A neighbor ticks the languages they speak, posts a need asking for one, and finds posts in
// their language on browse, on a phone-sized screen, with and without JavaScript.
public sealed class SharedLanguageJourneyTests(MailServer mail, BrowserHost browser)
{
    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_neighbor_lists_their_languages_posts_a_need_asking_for_one_and_filters_by_their_language(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language);
        var say = rosa.Say;
        var suffix = $"{language}-{(javaScript ? "js" : "no-js")}";
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: javaScript);

        await rosa.Page.SetViewportSizeAsync(360, 740);
        await rosa.Page.GotoAsync("/Profile");
        await rosa.Page.Locator("#Input_SpokenLanguages summary").ClickAsync();
        await rosa.Page.GetByLabel(say["Spanish (Español)"], new() { Exact = true }).CheckAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"profile-languages-{suffix}");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Save profile"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Your profile is saved."]);
        await Expect(rosa.Page.Locator("#Input_SpokenLanguages summary")).ToHaveTextAsync(say["Spanish"]);

        await rosa.Page.GotoAsync("/Posts/New?kind=Need");
        await rosa.Page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = say["Meals"] });
        await rosa.Page.Locator("#Input_Title").FillAsync("Soup for a sick household");
        await rosa.Page.Locator("#Input_AskedLanguages summary").ClickAsync();
        await rosa.Page.GetByLabel(say["Portuguese (Português)"], new() { Exact = true }).CheckAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"post-form-languages-{suffix}");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Post it"] }).ClickAsync();
        await Expect(rosa.Page.Locator("h1")).ToHaveTextAsync("Soup for a sick household");
        var facts = rosa.Page.Locator("dl.facts");
        await Expect(facts).ToContainTextAsync(say["Needs someone who speaks"]);
        await Expect(facts).ToContainTextAsync(say["Portuguese"]);
        await Expect(facts).ToContainTextAsync(say["Spanish"]);
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"post-languages-{suffix}");

        await rosa.Page.GotoAsync("/?speaks=true");
        await Expect(rosa.Page.GetByRole(AriaRole.Link, new() { Name = "Soup for a sick household" })).ToBeVisibleAsync();
        await Expect(rosa.Page.Locator("#speaks")).ToBeCheckedAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"browse-speaks-{suffix}");
        Assert.Empty(rosa.BrowserErrors);
    }
}
