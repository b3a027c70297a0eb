using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

public sealed class MatchAndAnswerJourneyTests(MailServer mail, BrowserHost browser)
{
    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(true, "es")]
    [InlineData(false, "es")]
    public async Task Two_neighbors_are_matched_by_email_answer_accept_are_introduced_fulfil_and_thank(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas", javaScript, language);
        var say = rosa.Say;
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: javaScript);
        var needId = await rosa.PostAsync("need", "Meals", "Soup for a sick household");
        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Riverside", onTheMap: javaScript);

        var offerId = await tomas.PostAsync("offer", "Meals", "A pot of lentil soup to share");

        // Rosa hears of the match by email and opens the offer from its link.
        var match = await mail.WaitForAsync(rosa.Email, say["match"]);
        await rosa.Page.GotoAsync(match.Link($"/Posts/{offerId}"));
        await Expect(rosa.Page.Locator("h1")).ToHaveTextAsync("A pot of lentil soup to share");
        await Expect(rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["I'd like this"] })).ToBeVisibleAsync();

        // Tomas hears of it too, opens Rosa's need and answers it.
        var tomasMatch = await mail.WaitForAsync(tomas.Email, say["match"]);
        await tomas.Page.GotoAsync(tomasMatch.Link($"/Posts/{needId}"));
        await tomas.Page.GetByLabel(say["A short message to {0}", "Rosa"]).FillAsync("I made too much soup. I can bring some tonight.");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = say["I can help"] }).ClickAsync();
        await Expect(tomas.Page.Locator(".notice")).ToHaveTextAsync(say["Your answer is sent. You will get an email when the author decides."]);
        await Expect(tomas.Page.GetByText(say["Waiting for {0} to decide.", "Rosa"])).ToBeVisibleAsync();

        // Rosa is told, opens her post from the email and accepts.
        var answered = await mail.WaitForAsync(rosa.Email, say["{0} answered", "Tomas"]);
        await rosa.Page.GotoAsync(answered.Link($"/Posts/{needId}"));
        await Expect(rosa.Page.GetByText("I made too much soup. I can bring some tonight.")).ToBeVisibleAsync();
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Accept {0}", "Tomas"] }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Accepted. You and {0} each have an email with the other's contact details.", "Tomas"]);
        await Expect(rosa.Page.GetByRole(AriaRole.Link, new() { Name = tomas.Email })).ToBeVisibleAsync();

        // Each is introduced to the other by email, with the other's address.
        var toRosa = await mail.WaitForAsync(rosa.Email, say["You are in touch with {0}", "Tomas"]);
        Assert.Contains(tomas.Email, toRosa.Text, StringComparison.Ordinal);
        var toTomas = await mail.WaitForAsync(tomas.Email, say["You are in touch with {0}", "Rosa"]);
        Assert.Contains(rosa.Email, toTomas.Text, StringComparison.Ordinal);

        // Tomas brings the soup and marks the need fulfilled.
        await tomas.Page.GotoAsync(toTomas.Link($"/Posts/{needId}"));
        await Expect(tomas.Page.GetByRole(AriaRole.Link, new() { Name = rosa.Email })).ToBeVisibleAsync();
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = say["Mark fulfilled"] }).ClickAsync();
        await Expect(tomas.Page.Locator(".notice")).ToHaveTextAsync(say["Marked fulfilled. You can leave a thank-you note below."]);

        // Rosa, the author, thanks him.
        await rosa.Page.GotoAsync($"/Posts/{needId}");
        await Expect(rosa.Page.GetByText(say["Done: this post is fulfilled."])).ToBeVisibleAsync();
        await rosa.Page.GetByLabel(say["A thank-you note to {0}", "Tomas"]).FillAsync("Thank you, Tomas! The soup was perfect.");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Send thanks"] }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["Thank you for saying thank you. They can read your note now."]);
        await Expect(rosa.Page.GetByText("“Thank you, Tomas! The soup was perfect.”")).ToBeVisibleAsync();
        var thanks = await mail.WaitForAsync(tomas.Email, say["{0} left you a thank-you note", "Rosa"]);
        await tomas.Page.GotoAsync(thanks.Link($"/Posts/{needId}"));
        await Expect(tomas.Page.GetByText("“Thank you, Tomas! The soup was perfect.”")).ToBeVisibleAsync();
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(tomas.BrowserErrors);
    }
}
