using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// Rosa, the steward, opens the health page from moderation: an email that the mail server refused
// for good is listed with its error, she sends it again and it arrives; then she reads what the
// neighborhood is failing to meet: Tomas's need for soup, open with nobody accepted, in Riverside.
// Every page on the way fits the screen and, with scripts on, passes axe.
public sealed class HealthJourneyTests(MailServer mail, BrowserHost browser)
{
    private const string FailedSubject = "Your daily digest of needs nearby";

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 300_000)]
    [InlineData(true, "en", 360)]
    [InlineData(false, "es", 1280)]
    public async Task A_steward_sends_a_failed_email_again_and_reads_what_goes_unmet(bool javaScript, string language, int width)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language, width);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, language);
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Riverside", onTheMap: false);
        await tomas.PostAsync("need", "Meals", "Soup for the week");
        await FailedEmailToAsync(app, rosa.Email);

        var page = rosa.Page;
        await page.GotoAsync("/Moderation");
        await page.GetByRole(AriaRole.Link, new() { Name = In(rosa, "How the site is doing", "Cómo va el sitio") }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(In(rosa, "How the site is doing", "Cómo va el sitio"));
        await Expect(page.Locator("#outbox-failed")).ToHaveTextAsync("1");
        var failed = page.Locator(".health-failed li", new() { HasText = FailedSubject });
        await Expect(failed).ToContainTextAsync("Recipient address rejected");
        await Expect(failed).Not.ToContainTextAsync(rosa.Email);
        await CheckAsync(rosa, "moderation-health-failed");

        await failed.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Send again", "Volver a enviar"), Exact = false }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync(In(rosa, "goes out again within a minute", "sale de nuevo en menos de un minuto"));
        await mail.WaitForAsync(rosa.Email, FailedSubject);
        await page.ReloadAsync();
        await Expect(page.Locator("#outbox-failed")).ToHaveTextAsync("0");
        await Expect(page.Locator(".health-failed")).ToHaveCountAsync(0);

        // The unmet need shows in the charts and, the same, in their tables.
        var byPlace = page.Locator("#chart-unmet-neighborhoods");
        await Expect(byPlace.Locator("svg.chart-bar[data-label='Riverside'] rect[data-series='open']")).ToHaveAttributeAsync("data-value", "1");
        await byPlace.Locator("summary").ClickAsync();
        await Expect(byPlace.Locator("table tr", new() { HasText = "Riverside" }).Locator("td[data-series='open']")).ToHaveTextAsync("1");
        await Expect(page.Locator("#chart-weeks svg.chart-bar rect[data-series='need']").Last).ToHaveAttributeAsync("data-value", "1");
        await page.Locator("#chart-unmet-categories").ScrollIntoViewIfNeededAsync();
        await CheckAsync(rosa, "moderation-health-charts");
        Assert.Empty(rosa.BrowserErrors);
    }

    // The mail server refused this one for good (a 5xx): it cannot have been delivered.
    private static async Task FailedEmailToAsync(AppServer app, string to)
    {
        await using var db = new SqliteConnection($"Data Source={app.DatabasePath}");
        await db.OpenAsync();
        await using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO Outbox (ToAddress, Subject, TextBody, HtmlBody, Status, Attempts, CreatedAt, DueAt, LastError, MayHaveBeenDelivered)
            VALUES ($to, $subject, 'Two needs near you.', '<p>Two needs near you.</p>', 'Failed', 1,
                    strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 hour'), strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 hour'),
                    '550 5.1.1 <' || $to || '>: Recipient address rejected', 0)
            """;
        insert.Parameters.AddWithValue("$to", to);
        insert.Parameters.AddWithValue("$subject", FailedSubject);
        await insert.ExecuteNonQueryAsync();
    }

    private static string In(Neighbor reader, string english, string spanish) => reader.Say.Language == "es" ? spanish : english;

    // Fits the screen without sideways scrolling and, with scripts on, axe finds nothing.
    private static async Task CheckAsync(Neighbor neighbor, string name)
    {
        var width = neighbor.Page.ViewportSize!.Width;
        await Screenshots.SaveAsync(neighbor.Page, $"{name}-{neighbor.Say.Language}-{(neighbor.JavaScript ? "js" : "no-js")}-{width}");
        var scrollWidth = await neighbor.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{neighbor.Page.Url} is {scrollWidth} px wide on a {width} px screen.");
        if (neighbor.JavaScript)
        {
            var result = await neighbor.Page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, $"axe found on {neighbor.Page.Url} ({name}):\n" + string.Join("\n",
                result.Violations.Select(v => $"- {v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => $"{n.Target}: {n.Html}"))}")));
        }
    }
}
