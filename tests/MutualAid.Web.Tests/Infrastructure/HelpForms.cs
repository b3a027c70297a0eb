using System.Globalization;

namespace MutualAid.Web.Tests.Infrastructure;

public static class HelpForms
{
    // Says through /Profile/Helping what a neighbor could help with; returns the response to Save.
    public static async Task<HttpResponseMessage> SayCanHelpAsync(this MutualAidApp app, HttpClient client, string category,
        double km, string mode = "Instant", string? returnUrl = null)
    {
        var page = await client.GetPageAsync(returnUrl is null ? "/Profile/Helping" : $"/Profile/Helping?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return await client.SubmitAsync(page, "main form[method=post]", new()
        {
            ["Input.CategoryIds"] = (await app.CategoryIdAsync(category)).ToString(CultureInfo.InvariantCulture),
            ["Input.DistanceKm"] = km.ToString(CultureInfo.InvariantCulture),
            ["Input.Mode"] = mode,
        });
    }
}
