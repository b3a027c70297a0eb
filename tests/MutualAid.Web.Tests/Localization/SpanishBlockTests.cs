using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;
using MutualAid.Web.Tests.Security;

namespace MutualAid.Web.Tests.Localization;

// Blocking and unblocking, a blocked account's refusals, and the stewards' unblock and remove
// steps, read by neighbors who speak Spanish: every notice, hint and log line in Spanish. User
// content here is Spanish, so any English word found is the site's own.
public class SpanishBlockTests
{
    [Fact]
    public async Task A_neighbor_blocks_from_an_answer_and_unblocks_in_Spanish()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("alba@example.org", "Alba", TestData.AnaHome);
        await app.AddNeighborAsync("bruno@example.org", "Bruno", TestData.BenHome);
        await app.SpeaksAsync("bruno@example.org", "es");
        var bruno = (await app.SignedInClientAsync("bruno@example.org")).Prefers("es");
        var need = await app.PostThroughFormAsync(bruno, "Need", "Lentejas para la semana", "Food & groceries");
        await (await app.SignedInClientAsync("alba@example.org")).AnswerAsync(need, "Te llevo un kilo");
        var answerId = await app.WithDbAsync(db => db.Answers.Select(a => a.Id).SingleAsync());
        var problems = new List<string>();

        var blocked = Checked(problems, "blocked", await bruno.PressAsync(need, "BlockAnswerer", answerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var list = Checked(problems, "list", await bruno.GetPageAsync("/Profile/Blocked"));
        var unblocked = Checked(problems, "unblocked", await bruno.SubmitForPageAsync(list, "main form[action*='handler=Unblock']", []));

        Assert.StartsWith("Bloqueo hecho.", blocked.Notice(), StringComparison.Ordinal);
        Assert.Contains("Bloqueaste a Alba.", blocked.Text, StringComparison.Ordinal);
        Assert.Contains("Desbloquear a Alba", list.Text, StringComparison.Ordinal);
        Assert.Equal("Desbloqueaste a Alba.", unblocked.Notice());
        Assert.True(problems.Count == 0, "English on Spanish pages:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Stewards_unblock_and_remove_and_a_blocked_neighbor_is_refused_in_Spanish()
    {
        await using var app = new MutualAidApp();
        var alba = await app.AddNeighborAsync("alba@example.org", "Alba", TestData.AnaHome);
        await app.AddNeighborAsync("sara@example.org", "Sara", TestData.BenHome);
        await app.AddNeighborAsync("tere@example.org", "Tere", TestData.BenHome);
        await app.MakeStewardAsync("sara@example.org");
        await app.MakeStewardAsync("tere@example.org");
        foreach (var email in new[] { "alba@example.org", "sara@example.org" })
        {
            await app.SpeaksAsync(email, "es");
        }

        var postId = await app.PostThroughFormAsync(await app.SignedInClientAsync("tere@example.org"), "Need", "Lentejas para la semana");
        await StewardBlockTests.BlockAsync(app, "sara@example.org", alba.Id, "Insulta a la gente");
        var albaClient = (await app.SignedInClientAsync("alba@example.org")).Prefers("es");
        var sara = (await app.SignedInClientAsync("sara@example.org")).Prefers("es");
        var problems = new List<string>();

        var report = Checked(problems, "report refused", await albaClient.SubmitForPageAsync(await albaClient.GetPageAsync($"/Report?postId={postId}"), "main form", new() { ["Input.Reason"] = "Molesta" }));
        var accounts = Checked(problems, "blocked accounts", await sara.GetPageAsync("/Moderation/Blocked"));
        var noReason = Checked(problems, "no reason", await sara.SubmitForPageAsync(accounts, "main form[method=post]", new() { ["reason"] = "" }));
        var unblocked = Checked(problems, "unblocked", await sara.SubmitForPageAsync(accounts, "main form[method=post]", new() { ["reason"] = "Pidió perdón" }));
        var stewards = Checked(problems, "stewards", await sara.GetPageAsync("/Moderation/Stewards"));
        var teresId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "tere@example.org").Select(u => u.Id).SingleAsync());
        var sarasId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "sara@example.org").Select(u => u.Id).SingleAsync());
        var removed = Checked(problems, "removed", await sara.SubmitForPageAsync(stewards, "form[action*='handler=Remove']", new() { ["neighborId"] = teresId, ["reason"] = "Se mudó" }));
        var last = Checked(problems, "last", await sara.SubmitForPageAsync(stewards, "form[action*='handler=Remove']", new() { ["neighborId"] = sarasId, ["reason"] = "Lo dejo" }));
        var log = Checked(problems, "log", await sara.GetPageAsync("/Moderation"));

        Assert.Contains("Los coordinadores del barrio han bloqueado tu cuenta", report.Text, StringComparison.Ordinal);
        Assert.Contains("Alba", accounts.Text, StringComparison.Ordinal);
        Assert.StartsWith("Escribe un motivo", noReason.Notice(), StringComparison.Ordinal);
        Assert.StartsWith("La cuenta de Alba ya no está bloqueada.", unblocked.Notice(), StringComparison.Ordinal);
        Assert.Equal("Tere ya no forma parte de coordinación.", removed.Notice());
        Assert.StartsWith("Sara es la última persona de coordinación.", last.Notice(), StringComparison.Ordinal);
        Assert.Contains("Desbloqueó una cuenta", log.Text, StringComparison.Ordinal);
        Assert.Contains("Quitó de coordinación", log.Text, StringComparison.Ordinal);
        Assert.True(problems.Count == 0, "English on Spanish pages:\n" + string.Join("\n", problems));
    }

    private static HtmlPage Checked(List<string> problems, string what, HtmlPage page)
    {
        foreach (var hidden in page.Document.QuerySelectorAll("script, style, template, #error-summary-title").ToList())
        {
            hidden.Remove();
        }

        var english = EnglishWords.In((page.Document.Title ?? "") + "\n" + page.Document.Body?.TextContent);
        if (english.Count > 0)
        {
            problems.Add($"{what}: {string.Join(", ", english)}");
        }

        return page;
    }
}
