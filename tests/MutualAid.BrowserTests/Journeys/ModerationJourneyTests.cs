using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// Moderation that tells people and can be undone, walked by the people it touches: Lena reports
// Tomas's post; Rosa, the steward, hears of it by email, reads the report, hides the post with a
// reason; Tomas is emailed the reason and finds the post on his page marked hidden; Rosa opens the
// hidden post and restores it. Then Lena reports Ivo, and Rosa blocks him through the page that
// asks first. A missing reason is answered at its field, with what was typed kept. Every page on
// the way fits the screen and, with scripts on, passes axe.
public sealed partial class ModerationJourneyTests(MailServer mail, BrowserHost browser)
{
    private const string Title = "Phones for sale, message me";
    private const string HideReason = "This space is for sharing, not selling.";

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 420_000)]
    [InlineData(true, "en", 360)]
    [InlineData(false, "es", 360)]
    [InlineData(true, "es", 1280)]
    public async Task A_report_is_heard_acted_on_told_undone_and_a_block_asks_first(bool javaScript, string language, int width)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language, width);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, language, width);
        await using var lena = await Neighbor.OpenAsync(browser, app, mail, "Lena", javaScript, language);
        await using var ivo = await Neighbor.OpenAsync(browser, app, mail, "Ivo", javaScript, language);
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: false);
        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Riverside", onTheMap: false);
        var postId = await tomas.PostAsync("offer", "Meals", Title);
        await lena.JoinAsync();
        await lena.ReportAsync(postId, "He sells phones here; this is a place for sharing.");

        // Rosa hears of the report by email, never who made it, and follows the link to the queue.
        var alert = await mail.WaitForAsync(rosa.Email, In(rosa, "A new report for the stewards", "Un aviso nuevo para coordinación"));
        Assert.Contains(In(rosa, $"the post “{Title}”", $"la publicación «{Title}»"), alert.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lena", alert.Text, StringComparison.Ordinal);
        var page = rosa.Page;
        await page.GotoAsync(alert.Link("/Moderation"));
        var card = page.Locator("li.post-card", new() { HasText = Title });
        await Expect(card).ToContainTextAsync("He sells phones here; this is a place for sharing.");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Restore post", "Restaurar publicación") })).ToHaveCountAsync(0);
        await AssertBlockStandsApartFromDismissAsync(card, rosa);
        await CheckAsync(rosa, "moderation-queue");

        // The report has a page of its own, open until a steward acts.
        await card.GetByRole(AriaRole.Link, new() { Name = In(rosa, "Report", "Aviso"), Exact = false }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(In(rosa, @"^Report \d+$", @"^Aviso \d+$")));
        var reportPath = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(In(rosa, "Open", "Abierto"));
        await CheckAsync(rosa, "moderation-report-open");

        // Hiding without a reason is answered at the report's own field; nothing is hidden.
        await page.GotoAsync("/Moderation");
        await card.Locator("input[name=reason]").FillAsync("");
        await card.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Hide post", "Ocultar publicación") }).ClickAsync();
        await AssertReasonAskedAtAsync(card.Locator("input[name=reason]"), "", rosa);
        // The queue can be long: the refused report's field is where the page opens, focused.
        await Expect(card.Locator("input[name=reason]")).ToBeFocusedAsync();
        await CheckAsync(rosa, "moderation-queue-no-reason");
        await card.Locator("input[name=reason]").FillAsync(HideReason);
        await card.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Hide post", "Ocultar publicación") }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(In(rosa, "Hidden. The author is told your reason.", "Oculta. Quien la publicó recibe tu motivo."));
        await AssertTheLogReadsWholeWordsAsync(rosa);

        // Tomas is told why, in his language, and finds the post on his page, marked hidden.
        var told = await mail.WaitForAsync(tomas.Email, In(tomas, $"Your post “{Title}” is hidden", $"Tu publicación «{Title}» está oculta"));
        Assert.Contains(In(tomas, "Why: ", "Motivo: ") + HideReason, told.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lena", told.Text, StringComparison.Ordinal);
        await tomas.Page.GotoAsync(told.Link("/Mine"));
        await Expect(tomas.Page.Locator("li.post-card", new() { HasText = Title }).Locator(".hidden-note"))
            .ToHaveTextAsync(In(tomas, "Hidden from other neighbors. Why: ", "Oculta para los demás vecinos. Motivo: ") + HideReason);
        await CheckAsync(tomas, "moderation-mine-hidden");

        // The report page now says it was dealt with and leads to the hidden post, which Rosa restores.
        await page.GotoAsync(reportPath);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(In(rosa, "Dealt with", "Resuelto"));
        await page.Locator("dl.facts").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(page.Locator("#hidden-banner")).ToContainTextAsync(HideReason);
        var restore = page.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Restore post", "Restaurar publicación") });
        await page.Locator("#restore-reason").FillAsync("");
        await restore.ClickAsync();
        await AssertReasonAskedAtAsync(page.Locator("#restore-reason"), "", rosa);
        await CheckAsync(rosa, "moderation-hidden-post-no-reason");
        await page.Locator("#restore-reason").FillAsync("Talked with Tomas; he is giving them away now.");
        await restore.ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(In(rosa, "Restored. Neighbors can see the post again.", "Restaurada. Los vecinos vuelven a ver la publicación."));
        await Expect(page.Locator("#hidden-banner")).ToHaveCountAsync(0);
        await Expect(restore).ToHaveCountAsync(0);
        await lena.Page.GotoAsync($"/Posts/{postId}");
        await Expect(lena.Page.Locator("h1")).ToHaveTextAsync(Title);

        await BlockThroughTheConfirmationAsync(rosa, lena, ivo);
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(tomas.BrowserErrors);
    }
}
