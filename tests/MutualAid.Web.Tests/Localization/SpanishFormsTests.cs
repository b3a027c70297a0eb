using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Localization;

// Number fields are sent by browsers as "2.5" in every language; in Spanish, where the decimal
// separator is a comma, the site must still read 2.5 and write it back as 2.5.
public class SpanishFormsTests
{
    [Fact]
    public async Task A_decimal_radius_typed_on_a_Spanish_page_is_kept_as_typed()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.SpeaksAsync("ana@example.org", "es");
        var client = await app.SignedInClientAsync("ana@example.org");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var profile = await client.GetPageAsync("/Profile");
        var saved = await client.SubmitForPageAsync(profile, "main form[method=post]", new() { ["Input.RadiusKm"] = "2.5" });

        Assert.Equal(2.5, await app.WithDbAsync(async db => (await db.Users.FindAsync(ana.Id))!.RadiusKm));
        Assert.Equal("2.5", (await client.GetPageAsync("/Profile")).Document.QuerySelector("#Input_RadiusKm")!.GetAttribute("value"));
        Assert.Equal("es", saved.Document.DocumentElement.GetAttribute("lang"));
    }
}
