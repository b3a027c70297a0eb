using System.Globalization;

namespace MutualAid.Web.Tests.Infrastructure;

public static class PostForms
{
    // Posts through the real form as a signed-in neighbor, at their home; returns the new post's id.
    public static async Task<int> PostThroughFormAsync(this MutualAidApp app, HttpClient client, string kind, string title,
        string category = "Meals", double radiusKm = 3, bool standing = false, string? asksLanguage = null)
    {
        var page = await app.SubmitNewPostAsync(client, kind, title, category: category, radiusKm: radiusKm, standing: standing, asksLanguage: asksLanguage);
        // A client that does not follow redirects is told where the new post is.
        var path = page.Response.Headers.Location?.OriginalString ?? page.Response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Posts/", path, StringComparison.Ordinal);
        return int.Parse(path["/Posts/".Length..], CultureInfo.InvariantCulture);
    }

    // Fills in the new-post form and sends it, whether or not the post is taken; the page that answers.
    public static async Task<HtmlPage> SubmitNewPostAsync(this MutualAidApp app, HttpClient client, string kind, string title,
        string details = "", string category = "Meals", double radiusKm = 3, bool standing = false, string? asksLanguage = null)
    {
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind,
            ["Input.CategoryId"] = (await app.CategoryIdAsync(category)).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = title,
            ["Input.Details"] = details,
            ["Input.Location"] = "Home",
            ["Input.RadiusKm"] = radiusKm.ToString(CultureInfo.InvariantCulture),
            ["Input.Urgency"] = "Whenever",
        };
        if (asksLanguage is not null)
        {
            fields["Input.AskedLanguages"] = asksLanguage;
        }

        if (standing)
        {
            fields["Input.IsStanding"] = "true";
        }

        return await client.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", fields);
    }
}
