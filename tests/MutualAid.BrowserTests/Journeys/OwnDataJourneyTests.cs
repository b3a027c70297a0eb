using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// On a phone, a neighbor who answered a need reads everything the site holds about them, downloads
// it as a file, then deletes the account: a wrong password deletes nothing, the right one signs them
// out, and the author's page shows "a former neighbor" where their name was.
public sealed class OwnDataJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 240_000)]
    [InlineData(true, "es", "en")]
    [InlineData(false, "en", "es")]
    public async Task A_neighbor_downloads_their_data_and_deletes_their_account(bool javaScript, string authorLanguage, string leaverLanguage)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, authorLanguage);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, leaverLanguage);
        await tomas.Page.SetViewportSizeAsync(Phone, 740);
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: javaScript);
        var needId = await rosa.PostAsync("need", "Meals", "Shopping carried upstairs");
        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Riverside", onTheMap: javaScript);
        await tomas.Page.GotoAsync($"/Posts/{needId}");
        await tomas.Page.GetByLabel(tomas.Say["A short message to {0}", "Rosa"]).FillAsync("I can come on Saturday.");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = tomas.Say["I can help"] }).ClickAsync();

        // From the profile, the data page, then the file it offers.
        await tomas.Page.GotoAsync("/Profile");
        await tomas.Page.GetByRole(AriaRole.Link, new() { Name = In(tomas, "Your data", "Tus datos"), Exact = true }).ClickAsync();
        await Expect(tomas.Page.Locator("main")).ToContainTextAsync("I can come on Saturday.");
        await CheckPageAsync(tomas, "own-data");
        var download = await tomas.Page.RunAndWaitForDownloadAsync(() =>
            tomas.Page.GetByRole(AriaRole.Link, new() { Name = In(tomas, "Download as a file (JSON)", "Descargar como archivo (JSON)") }).ClickAsync());
        using (var file = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken)))
        {
            var data = file.RootElement;
            Assert.Equal(tomas.Email, data.GetProperty("account").GetProperty("email").GetString());
            Assert.Equal("Tomas", data.GetProperty("account").GetProperty("displayName").GetString());
            Assert.Equal(JsonValueKind.Number, data.GetProperty("account").GetProperty("homeLatitude").ValueKind);
            var answer = Assert.Single(data.GetProperty("answersGiven").EnumerateArray());
            Assert.Equal("I can come on Saturday.", answer.GetProperty("message").GetString());
            Assert.Equal("Rosa", answer.GetProperty("neighbor").GetString());
            Assert.DoesNotContain(rosa.Email, file.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        // Deleting: a wrong password is refused beside the field, the right one deletes and signs out.
        await tomas.Page.GotoAsync("/Profile");
        await tomas.Page.GetByRole(AriaRole.Link, new() { Name = In(tomas, "Delete your account", "Borrar tu cuenta"), Exact = true }).ClickAsync();
        await CheckPageAsync(tomas, "delete-account");
        var password = tomas.Page.GetByLabel(In(tomas, "Your password", "Tu contraseña"), new() { Exact = true });
        var delete = tomas.Page.GetByRole(AriaRole.Button, new() { Name = tomas.Say["⚠ Delete my account"] });
        await password.FillAsync("not my password at all");
        await delete.ClickAsync();
        await Expect(tomas.Page.Locator(".field-error")).ToContainTextAsync(In(tomas, "That is not your password", "Esa no es tu contraseña"));
        await CheckPageAsync(tomas, "delete-account-refused");
        await password.FillAsync(Neighbor.Password);
        await delete.ClickAsync();
        await Expect(tomas.Page.Locator(".notice")).ToHaveTextAsync(In(tomas, "Your account is deleted. Thank you for being a neighbor here.", "Tu cuenta está borrada. Gracias por haber sido vecino aquí."));
        await Expect(tomas.Page.Locator("form[action*='/Account/Logout']")).ToHaveCountAsync(0);
        await CheckPageAsync(tomas, "account-deleted");

        // Rosa's post still opens, and the answer stands under no name.
        await rosa.Page.GotoAsync($"/Posts/{needId}");
        await Expect(rosa.Page.Locator("main")).ToContainTextAsync(In(rosa, "a former neighbor", "un antiguo vecino"));
        await Expect(rosa.Page.Locator("main")).Not.ToContainTextAsync("Tomas");
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(tomas.BrowserErrors);
    }

    private static string In(Neighbor reader, string english, string spanish) => reader.Say.Language == "es" ? spanish : english;

    // Fits the phone and, with scripts on, axe finds nothing, on the page as it stands.
    private static async Task CheckPageAsync(Neighbor neighbor, string name)
    {
        var suffix = $"{neighbor.Say.Language}-{(neighbor.JavaScript ? "js" : "nojs")}";
        await Screenshots.SaveAsync(neighbor.Page, $"{name}-{suffix}-360");
        var width = await neighbor.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Phone, $"{neighbor.Page.Url} is {width} px wide on a {Phone} px screen");
        if (!neighbor.JavaScript)
        {
            return;
        }

        var result = await neighbor.Page.RunAxe(Wcag);
        Assert.True(result.Violations.Length == 0, $"axe found on {neighbor.Page.Url}:\n" +
            string.Join("\n", result.Violations.Select(v => $"- {v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}")));
    }
}
