namespace MutualAid.Web.Tests.Infrastructure;

public static class SpokenLanguageForms
{
    // Ticks one language (a code such as "es") on the profile form, keeping the rest as it was.
    public static async Task<HtmlPage> SaySpeaksAsync(this HttpClient client, string code)
    {
        var form = await client.GetPageAsync("/Profile");
        return await client.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.SpokenLanguages"] = code });
    }
}
