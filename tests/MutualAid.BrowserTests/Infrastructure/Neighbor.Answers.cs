using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Infrastructure;

// What a neighbor does with posts once they are up: answer, accept, mark done, withdraw, report.
public sealed partial class Neighbor
{
    public async Task AnswerAsync(int postId, string message)
    {
        await Page.GotoAsync($"/Posts/{postId}");
        await Page.Locator("#Message").FillAsync(message);
        await Page.Locator("form[action*='handler=Answer'] button[type=submit]").ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Say["Your answer is sent. You will get an email when the author decides."]);
    }

    public async Task AcceptAsync(int postId, string answerer)
    {
        await Page.GotoAsync($"/Posts/{postId}");
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Accept {0}", answerer] }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Say["Accepted. You and {0} each have an email with the other's contact details.", answerer]);
    }

    public async Task MarkFulfilledAsync(int postId)
    {
        await Page.GotoAsync($"/Posts/{postId}");
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Mark fulfilled"] }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Say["Marked fulfilled. You can leave a thank-you note below."]);
    }

    public async Task WithdrawAsync(int postId)
    {
        await Page.GotoAsync($"/Posts/{postId}/Withdraw");
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page.Locator(".notice")).ToBeVisibleAsync();
    }

    // From a post's page: the post itself, or (with aboutAuthor) the neighbor who wrote it.
    public async Task ReportAsync(int postId, string reason, bool aboutAuthor = false)
    {
        await Page.GotoAsync($"/Posts/{postId}");
        await Page.Locator(aboutAuthor ? "a[href^='/Report?neighborId=']" : "a[href^='/Report?postId=']").ClickAsync();
        await Page.Locator("#Input_Reason").FillAsync(reason);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page.Locator(".notice")).ToBeVisibleAsync();
    }
}
