using System.Globalization;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// Rosa needs groceries every Tuesday. On a phone-sized screen she posts it as a weekly need (after
// a first try with an end date in the past), Tomas answers that he can do it every time, and Rosa
// accepts him for the whole series. With and without JavaScript, in English and in Spanish.
public sealed class RecurringPostJourneyTests(MailServer mail, BrowserHost browser)
{
    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_neighbor_posts_a_weekly_need_another_takes_every_date_and_the_author_accepts_for_the_series(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, language);
        var say = rosa.Say;
        var suffix = $"{language}-{(javaScript ? "js" : "no-js")}";
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: javaScript);
        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Riverside", onTheMap: javaScript);

        await rosa.Page.SetViewportSizeAsync(360, 740);
        await rosa.Page.GotoAsync("/Posts/New?kind=Need");
        await rosa.Page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = say["Meals"] });
        await rosa.Page.Locator("#Input_Title").FillAsync("Groceries from the market");
        await rosa.Page.Locator("#repeat summary").ClickAsync();
        await rosa.Page.GetByLabel(say["Every week"]).CheckAsync();
        await rosa.Page.GetByLabel(say["On which day?"]).SelectOptionAsync("Tuesday");
        await rosa.Page.GetByLabel(say["Until"], new() { Exact = true }).FillAsync(Date(DateTime.UtcNow.AddDays(-3)));
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"post-form-repeat-{suffix}");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Post it"] }).ClickAsync();

        // The end date is explained at its field; what she typed is kept.
        await Expect(rosa.Page.Locator("[data-valmsg-for='Input.Repeat.Until']")).ToHaveTextAsync(say["Choose an end date from today to six months from now."]);
        await Expect(rosa.Page.Locator("#Input_Title")).ToHaveValueAsync("Groceries from the market");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"post-form-repeat-error-{suffix}");
        await rosa.Page.GetByLabel(say["Until"], new() { Exact = true }).FillAsync(Date(DateTime.UtcNow.AddMonths(2)));
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Post it"] }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Your repeating post is up. Each date is a post of its own; the next ones appear two weeks ahead."]);
        await Expect(rosa.Page.Locator("dl.facts")).ToContainTextAsync(say["every {0}", DayName("es" == language, DayOfWeek.Tuesday)]);
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"post-repeat-{suffix}");
        var postPath = new Uri(rosa.Page.Url).AbsolutePath;

        await tomas.Page.SetViewportSizeAsync(360, 740);
        await tomas.Page.GotoAsync(postPath);
        await tomas.Page.GetByLabel(say["I can do this every time (each date until the series ends)"]).CheckAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(tomas, $"answer-every-time-{suffix}");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = say["I can help"] }).ClickAsync();
        await Expect(tomas.Page.Locator(".notice")).ToHaveTextAsync(say["Your answer is sent. You will get an email when the author decides."]);

        await rosa.Page.GotoAsync(postPath);
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"post-repeat-answered-{suffix}");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Accept {0} for every date", "Tomas"] }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Accepted for every date. Later dates come already taken by {0}.", "Tomas"]);

        await tomas.Page.GotoAsync(postPath);
        await Expect(tomas.Page.GetByText(say["You take every date of this series: later dates come already taken by you."])).ToBeVisibleAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(tomas, $"post-repeat-taken-{suffix}");
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(tomas.BrowserErrors);
    }

    private static string Date(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DayName(bool spanish, DayOfWeek day) =>
        CultureInfo.GetCultureInfo(spanish ? "es" : "en").DateTimeFormat.GetDayName(day);
}
