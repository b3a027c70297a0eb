using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

public sealed partial class ModerationJourneyTests
{
    // Lena reports Ivo; Rosa types why and presses "Block Ivo…", sees whom it blocks and what
    // follows with her reason still there, is stopped once for an emptied reason, then confirms,
    // and the neighbor's page the log links to says he is blocked.
    private static async Task BlockThroughTheConfirmationAsync(Neighbor rosa, Neighbor lena, Neighbor ivo)
    {
        await ivo.JoinAsync();
        await ivo.SetHomeAsync("Riverside", onTheMap: false);
        var ivoPost = await ivo.PostAsync("offer", "Meals", "Winter coats, children's sizes");
        await lena.ReportAsync(ivoPost, "He asks for money before giving anything.", aboutAuthor: true);

        var page = rosa.Page;
        await page.GotoAsync("/Moderation");
        var card = page.Locator("li.post-card", new() { HasText = "Ivo" });
        const string reason = "Asked neighbors for money, reported by a neighbor.";
        await card.Locator("input[name=reason]").FillAsync(reason);
        await card.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Block Ivo…", "Bloquear a Ivo…") }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(In(rosa, "Block Ivo?", "¿Bloquear a Ivo?"));
        await Expect(page.Locator("main")).ToContainTextAsync(ivo.Email);
        await Expect(page.Locator("main")).ToContainTextAsync(In(rosa, "Their 1 open post will be hidden.", "Su única publicación abierta quedará oculta."));
        await Expect(page.Locator("#block-reason")).ToHaveValueAsync(reason);
        await CheckAsync(rosa, "moderation-block-confirm");

        var yes = page.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Yes, block Ivo", "Sí, bloquear a Ivo") });
        await page.Locator("#block-reason").FillAsync("");
        await yes.ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        if (rosa.JavaScript)
        {
            // As on every form, the summary takes focus so a screen reader hears the problem first.
            await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        }

        await AssertReasonAskedAtAsync(page.Locator("#block-reason"), "", rosa);
        await CheckAsync(rosa, "moderation-block-no-reason");
        await ivo.Page.GotoAsync($"/Posts/{ivoPost}");
        await Expect(ivo.Page.Locator("h1")).ToHaveTextAsync("Winter coats, children's sizes");

        await page.Locator("#block-reason").FillAsync(reason);
        await yes.ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(In(rosa, "Ivo is blocked. Their open posts are hidden.", "Ivo está bloqueada. Sus publicaciones abiertas quedan ocultas."));
        await page.Locator("table").GetByRole(AriaRole.Link, new() { Name = In(rosa, "The neighbor's page", "Ficha de la cuenta") }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ivo");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(In(rosa, "Blocked by the stewards", "Bloqueada por coordinación"));
        await CheckAsync(rosa, "moderation-neighbor-blocked");
    }

    // "Block" warns in the error colour with a sign before its words; "Dismiss" is a plain
    // underlined link-like button with no fill: told apart by shape and sign, not by colour only.
    private static async Task AssertBlockStandsApartFromDismissAsync(ILocator card, Neighbor steward)
    {
        const string Look = """
            b => { const s = getComputedStyle(b); const before = getComputedStyle(b, '::before').content;
                   return [s.backgroundColor, s.color, s.textDecorationLine, before, s.borderTopWidth].join(' | '); }
            """;
        var block = await card.GetByRole(AriaRole.Button, new() { Name = In(steward, "Block the author…", "Bloquear a quien la publicó…") }).EvaluateAsync<string>(Look);
        var dismiss = await card.GetByRole(AriaRole.Button, new() { Name = In(steward, "Dismiss the report, do nothing", "Descartar el aviso sin hacer nada") }).EvaluateAsync<string>(Look);
        var (blockFill, dismissFill) = (block.Split(" | ")[0], dismiss.Split(" | ")[0]);
        Assert.True(blockFill != dismissFill && dismissFill == "rgba(0, 0, 0, 0)", $"Block ({block}) and Dismiss ({dismiss}) should differ in fill.");
        Assert.Contains("⚠", block.Split(" | ")[3], StringComparison.Ordinal);
        Assert.Contains("underline", dismiss.Split(" | ")[2], StringComparison.Ordinal);
        Assert.DoesNotContain("underline", block.Split(" | ")[2], StringComparison.Ordinal);
    }

    // The stewards' log names who did what; on a phone a name must not be split across lines
    // ("Ros" / "a"), as four narrow columns did.
    private static async Task AssertTheLogReadsWholeWordsAsync(Neighbor steward)
    {
        const string Lines = """
            cell => { const range = document.createRange(); range.selectNodeContents(cell);
                      return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; }
            """;
        var who = steward.Page.Locator("table tbody tr").First.Locator("td").Nth(1);
        await Expect(who).ToHaveTextAsync(steward.Name);
        Assert.Equal(1, await who.EvaluateAsync<int>(Lines));
    }

    // The message sits at the field, tied to it for screen readers, and the field keeps its words.
    private static async Task AssertReasonAskedAtAsync(ILocator field, string typed, Neighbor steward)
    {
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var messageId = await field.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(messageId), "The field is not tied to its message.");
        await Expect(field.Page.Locator($"[id='{messageId}']")).ToHaveTextAsync(In(steward,
            "Give a reason of 1 to 500 characters; it is recorded with the action.",
            "Escribe un motivo de 1 a 500 caracteres; queda registrado junto a la acción."));
        await Expect(field).ToHaveValueAsync(typed);
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
