using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// Every journey runs with JavaScript and without it, where the site must work as well, and in
// English and in Spanish, the language of the neighbor's browser.
public sealed class NewcomerJourneyTests(MailServer mail, BrowserHost browser)
{
    [Theory(Timeout = 180_000)]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(true, "es")]
    [InlineData(false, "es")]
    public async Task A_newcomer_signs_up_confirms_by_email_logs_in_sets_a_home_and_posts_a_need(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language);

        await rosa.SignUpAsync();
        await rosa.ConfirmEmailAsync();
        await rosa.LogInAsync();
        // The first account is the steward, who adds the neighborhood that neighbors without a map choose.
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: javaScript);
        var needId = await rosa.PostAsync("need", "Meals", "Soup for a sick household");

        await rosa.Page.GotoAsync("/?kind=Need");
        var listed = rosa.Page.GetByRole(AriaRole.Link, new() { Name = "Soup for a sick household" });
        await Expect(listed).ToHaveAttributeAsync("href", $"/Posts/{needId}");
        await Expect(rosa.Page.Locator(".post-card").Filter(new() { Has = listed })).ToContainTextAsync("Rosa");
        await Expect(rosa.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        Assert.Empty(rosa.BrowserErrors);
    }
}
