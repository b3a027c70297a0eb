using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A neighbor who signs up only to help says what they could help with, hears of a nearby need by
// email at once, and answers it from the link, on a phone-sized screen.
public sealed class HelperJourneyTests(MailServer mail, BrowserHost browser)
{
    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(false, "es")]
    public async Task A_helper_says_what_they_could_help_with_hears_of_a_need_by_email_and_answers_it(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, language);
        var say = rosa.Say;
        var suffix = $"{language}-{(javaScript ? "js" : "no-js")}";
        await rosa.SignUpAsync();
        await rosa.ConfirmEmailAsync();
        await rosa.LogInAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: javaScript);

        await rosa.Page.SetViewportSizeAsync(360, 740);
        await rosa.Page.GotoAsync("/Profile/Helping?returnUrl=%2FMatches");
        await Expect(rosa.Page.Locator("h1")).ToHaveTextAsync(say["What could you help with?"]);
        await Expect(rosa.Page.GetByRole(AriaRole.Link, new() { Name = say["Skip for now"] })).ToHaveAttributeAsync("href", "/Matches");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"helping-{suffix}");
        await rosa.Page.GetByLabel(say["Meals"], new() { Exact = true }).CheckAsync();
        await rosa.Page.GetByLabel(say["A short walk (1 km)"]).CheckAsync();
        await rosa.Page.GetByLabel(say["Email me at once, within a minute (the default)"]).CheckAsync();
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Save"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Saved. We will tell you about new needs you could help with."]);
        Assert.EndsWith("/Matches", rosa.Page.Url, StringComparison.Ordinal);

        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Riverside", onTheMap: javaScript);
        var needId = await tomas.PostAsync("need", "Meals", "Soup for a sick household");

        var email = await mail.WaitForAsync(rosa.Email, say["you could help with"]);
        await rosa.Page.GotoAsync("/Matches");
        await Expect(rosa.Page.GetByRole(AriaRole.Heading, new() { Name = say["What you can help with nearby"] })).ToBeVisibleAsync();
        await Expect(rosa.Page.GetByRole(AriaRole.Link, new() { Name = "Soup for a sick household" })).ToBeVisibleAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"matches-helper-{suffix}");

        await rosa.Page.GotoAsync(email.Link($"/Posts/{needId}"));
        await rosa.Page.GetByLabel(say["A short message to {0}", "Tomas"]).FillAsync("I can bring soup tonight.");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["I can help"] }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Your answer is sent. You will get an email when the author decides."]);
        await mail.WaitForAsync(tomas.Email, say["{0} answered", "Rosa"]);
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(tomas.BrowserErrors);
    }
}
