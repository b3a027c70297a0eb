using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// What the host and the reader choose about a printed list: the group's contact and the paper.
public class PrintSettingsTests
{
    [Fact]
    public async Task The_groups_contact_is_printed_when_set_and_left_out_when_not()
    {
        await using var plain = new MutualAidApp();
        await using var withContact = new MutualAidApp(settings: new() { ["Print:Contact"] = "Marta, 600 123 456 (evenings)" });

        var without = await plain.CreateBrowserClient().GetPageAsync("/Print");
        var with = await withContact.CreateBrowserClient().GetPageAsync("/Print");

        Assert.Empty(without.Document.QuerySelectorAll(".sheet-contact"));
        Assert.Equal("No internet? Call or ask: Marta, 600 123 456 (evenings)", with.Document.QuerySelector(".sheet-contact")?.TextContent);
    }

    [Theory]
    [InlineData("en-US,en;q=0.8", null, "letter")]
    [InlineData("es-MX", null, "letter")]
    [InlineData("es-ES,es;q=0.9", null, "a4")]
    [InlineData("en", null, "a4")]
    [InlineData("en-US", "A4", "a4")]
    [InlineData("es-ES", "Letter", "letter")]
    public async Task The_paper_is_the_one_chosen_else_the_one_of_the_readers_region(string acceptLanguage, string? chosen, string expected)
    {
        await using var app = new MutualAidApp();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var page = await client.GetPageAsync(chosen is null ? "/Print" : $"/Print?paper={chosen}");

        Assert.Equal(expected, Paper(page));
        Assert.Equal(expected, page.Document.QuerySelector("#paper option[selected]")?.GetAttribute("value")?.ToLowerInvariant());
    }

    // The paper's stylesheet sets @page's size: "a4" or "letter" (its name may carry a fingerprint).
    internal static string? Paper(HtmlPage page) =>
        page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href") ?? "")
            .Select(href => System.Text.RegularExpressions.Regex.Match(href, @"/css/paper-(a4|letter)[.?]")).SingleOrDefault(m => m.Success)?.Groups[1].Value;
}
