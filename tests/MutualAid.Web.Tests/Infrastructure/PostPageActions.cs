using System.Globalization;

namespace MutualAid.Web.Tests.Infrastructure;

// Presses the buttons on a post's page the way a neighbor would.
public static class PostPageActions
{
    public static async Task<HtmlPage> AnswerAsync(this HttpClient client, int postId, string message)
    {
        var page = await client.GetPageAsync($"/Posts/{postId}");
        return await client.SubmitForPageAsync(page, "form[action*='handler=Answer']", new() { ["Message"] = message });
    }

    public static async Task<HtmlPage> PressAsync(this HttpClient client, int postId, string handler, string? answerId = null)
    {
        var page = await client.GetPageAsync($"/Posts/{postId}");
        var selector = answerId is null ? $"form[action*='handler={handler}']" : $"form[action*='handler={handler}'][action*='answerId={answerId}']";
        return await client.SubmitForPageAsync(page, selector, []);
    }

    public static Task<HtmlPage> PressAsync(this HttpClient client, int postId, string handler, int answerId) =>
        client.PressAsync(postId, handler, answerId.ToString(CultureInfo.InvariantCulture));

    public static string Notice(this HtmlPage page) => page.Document.QuerySelector(".notice")?.TextContent ?? "";
}
