namespace MutualAid.Web.Tests.Infrastructure;

// What a steward does on the moderation pages, in the steps the pages take.
public static class Stewarding
{
    // The queue's "Block …" button leads to a confirmation; the steward confirms it.
    public static async Task<HtmlPage> BlockFromQueueAsync(this HttpClient steward, HtmlPage queue, string reason, string form = "main li form")
    {
        var confirmation = await HtmlForms.ParseAsync(await steward.SubmitAsync(queue, form, new() { ["reason"] = reason }, "Block"));
        return await HtmlForms.ParseAsync(await steward.SubmitAsync(confirmation, "main form[method=post]", []));
    }

    public static async Task ReportPostAsync(this HttpClient client, int postId, string reason)
    {
        var form = await client.GetPageAsync($"/Report?postId={postId}");
        await client.SubmitAsync(form, "main form", new() { ["Input.Reason"] = reason });
    }
}
