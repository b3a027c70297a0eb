using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// On a phone, the author and a neighbor who answered talk on the answer before it is accepted,
// each in their own language: the question reaches the answerer by email with a link and no
// address, the reply shows on the author's page, and the page stays accessible with messages on it.
public sealed class TalkJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 240_000)]
    [InlineData(true, "en", "es")]
    [InlineData(false, "es", "en")]
    public async Task Author_and_answerer_exchange_messages_before_accepting(bool javaScript, string authorLanguage, string answererLanguage)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, authorLanguage);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, answererLanguage);
        await rosa.Page.SetViewportSizeAsync(Phone, 740);
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

        // Rosa sees who answered, how long they have been a neighbor, and asks a question.
        await rosa.Page.GotoAsync($"/Posts/{needId}");
        await Expect(rosa.Page.Locator(".standing")).ToHaveTextAsync(In(rosa, "New this week · no thank-you notes yet", "Llegó al barrio esta semana · aún sin notas de agradecimiento"));
        await rosa.Page.GetByLabel(In(rosa, "Message to Tomas", "Mensaje para Tomas")).FillAsync("What floor do you need it on? Oh, it is mine: the third.");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = In(rosa, "Send message", "Enviar mensaje") }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(In(rosa, "Your message is sent.", "Tu mensaje se ha enviado."));
        await CheckPageAsync(rosa, "talk-author-asked");

        // Tomas hears of it by email, in his language, without Rosa's address, and replies.
        var email = await mail.WaitForAsync(tomas.Email, In(tomas, "Rosa sent you a message", "Rosa te ha enviado un mensaje"));
        Assert.DoesNotContain(rosa.Email, email.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("What floor do you need it on?", email.Text, StringComparison.Ordinal);
        await tomas.Page.GotoAsync(email.Link($"/Posts/{needId}"));
        await Expect(tomas.Page.Locator(".conversation .message")).ToContainTextAsync("What floor do you need it on?");
        await tomas.Page.GetByLabel(In(tomas, "Message to Rosa", "Mensaje para Rosa")).FillAsync("Fine, the third floor is no trouble.");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = In(tomas, "Send message", "Enviar mensaje") }).ClickAsync();
        await Expect(tomas.Page.Locator(".notice")).ToHaveTextAsync(In(tomas, "Your message is sent.", "Tu mensaje se ha enviado."));
        await CheckPageAsync(tomas, "talk-answerer-replied");

        // Rosa reads the reply, oldest first, and accepts.
        await rosa.Page.GotoAsync($"/Posts/{needId}");
        await Expect(rosa.Page.Locator(".conversation .message")).ToHaveCountAsync(2);
        await Expect(rosa.Page.Locator(".conversation .message").Nth(1)).ToContainTextAsync("Fine, the third floor is no trouble.");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = rosa.Say["Accept {0}", "Tomas"] }).ClickAsync();
        await Expect(rosa.Page.Locator(".conversation textarea")).ToBeVisibleAsync();
        await CheckPageAsync(rosa, "talk-accepted");
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
            // axe runs as a script, which this browser does not run.
            return;
        }

        var result = await neighbor.Page.RunAxe(Wcag);
        Assert.True(result.Violations.Length == 0, $"axe found on {neighbor.Page.Url}:\n" +
            string.Join("\n", result.Violations.Select(v => $"- {v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}")));
    }
}
