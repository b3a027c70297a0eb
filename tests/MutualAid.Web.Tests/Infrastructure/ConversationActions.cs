using System.Globalization;

namespace MutualAid.Web.Tests.Infrastructure;

// Writes on an answer's messages the way a neighbor would, or posts straight at the handler the
// way someone editing the address would.
public static class ConversationActions
{
    public static async Task<HtmlPage> SendMessageAsync(this HttpClient client, int postId, int answerId, string text)
    {
        var page = await client.GetPageAsync($"/Posts/{postId}");
        var id = answerId.ToString(CultureInfo.InvariantCulture);
        return await client.SubmitForPageAsync(page, $"form[action*='handler=Talk'][action*='answerId={id}']", new() { ["Reply"] = text });
    }

    // Any post and answer id, with the token this client holds from a page of its own.
    public static async Task<HttpResponseMessage> PostMessageAsync(this HttpClient client, int postId, int answerId, string text, int? tokenFromPost = null)
    {
        var own = await client.GetPageAsync(tokenFromPost is { } from ? $"/Posts/{from}" : "/Profile");
        return await client.PostWithTokenOfAsync(own, $"/Posts/{postId}?handler=Talk&answerId={answerId}", values: new() { ["Reply"] = text });
    }

    public static IReadOnlyList<string> Messages(this HtmlPage page) =>
        page.Document.QuerySelectorAll(".conversation .message").Select(m => string.Join(" | ", m.QuerySelectorAll("p").Select(p => p.TextContent.Trim()))).ToList();
}
