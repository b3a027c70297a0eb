using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Localization;

// A steward reading in Spanish works through reports, the log (stored in English, read in Spanish),
// categories, neighborhoods and stewards, and meets every notice and form error in Spanish. User
// content here is Spanish, so any English word found is the site's own.
public class SpanishModerationTests
{
    [Fact]
    public async Task A_steward_moderates_in_Spanish_and_reads_the_log_in_Spanish()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync("bea@example.org", "Bea", TestData.BenHome);
        await app.SpeaksAsync("bea@example.org", "es");
        await app.MakeStewardAsync("ana@example.org");
        var bea = await app.SignedInClientAsync("bea@example.org");
        var postId = await app.PostThroughFormAsync(bea, "Offer", "Vendo bicicletas baratas");
        foreach (var name in new[] { "Ceci", "Dani", "Eva" })
        {
            var email = $"{name.ToLowerInvariant()}@example.org";
            await app.AddNeighborAsync(email, name, TestData.BenHome);
            var reporter = await app.SignedInClientAsync(email);
            await reporter.SubmitAsync(await reporter.GetPageAsync($"/Report?postId={postId}"), "main form", new() { ["Input.Reason"] = "Parece una venta" });
        }

        // Ana chose Spanish, so logging in brings it with her, and her email about the reports is Spanish.
        await app.SpeaksAsync("ana@example.org", "es");
        await app.DeliverEmailAsync();
        var ana = await app.SignedInClientAsync("ana@example.org");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES,es;q=0.9");
        var problems = new List<string>();

        var queue = Checked(problems, "queue", await ana.GetPageAsync("/Moderation"));
        Assert.Contains("Ocultó automáticamente: publicación", queue.Text, StringComparison.Ordinal);
        Assert.Contains("3 vecinos avisaron a coordinación", queue.Text, StringComparison.Ordinal);
        var noReason = Checked(problems, "no reason", await SubmitAsync(ana, queue, "main li form", new() { ["reason"] = "" }, "Restore"));
        Assert.Contains("Escribe un motivo", noReason.Document.QuerySelector("main li .field .field-error")?.TextContent ?? "", StringComparison.Ordinal);
        Checked(problems, "hidden post", await ana.GetPageAsync($"/Posts/{postId}"));
        Checked(problems, "restored", await SubmitAsync(ana, queue, "main li form", new() { ["reason"] = "Hablado con Bea" }, "Restore"));
        Checked(problems, "hidden", await HtmlForms.ParseAsync(await ana.PostWithTokenOfAsync(queue, "/Moderation?handler=Hide",
            values: new() { ["postId"] = $"{postId}", ["reason"] = "Aquí se comparte, no se vende" })));
        var confirm = Checked(problems, "block confirmation", await SubmitAsync(ana, queue, "main li form", new() { ["reason"] = "" }, "Block"));
        Checked(problems, "block without reason", await SubmitAsync(ana, confirm, "main form[method=post]:not(.inline-form)", []));
        var blocked = Checked(problems, "blocked", await SubmitAsync(ana, confirm, "main form[method=post]:not(.inline-form)", new() { ["Reason"] = "Insiste en vender" }));
        Assert.Equal("Bea está bloqueada. Sus publicaciones abiertas quedan ocultas.", blocked.Notice());
        var beaId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "bea@example.org").Select(u => u.Id).SingleAsync());
        Checked(problems, "neighbor page", await ana.GetPageAsync($"/Moderation/Neighbor?id={beaId}"));
        Checked(problems, "report page", await ana.GetPageAsync("/Moderation/Reports/1"));
        await app.DeliverEmailAsync();
        Assert.Equal(2, app.Mail.To("bea@example.org").Count(m => m.Subject == "Tu publicación «Vendo bicicletas baratas» está oculta"));
        Assert.All(app.Mail.To("bea@example.org").Concat(app.Mail.To("ana@example.org")), EmailLanguage.AssertSpanish);
        Assert.Contains(app.Mail.To("ana@example.org"), m => m.Subject == "3 avisos nuevos para coordinación");

        var categories = Checked(problems, "categories", await ana.GetPageAsync("/Moderation/Categories"));
        var noName = Checked(problems, "empty category", await ana.SubmitForPageAsync(categories, "main form[method=post]:not(.inline-form)", new() { ["Input.Name"] = " ", ["Input.NameIn[es]"] = "Bicis" }));
        Assert.Contains("Ponle a la categoría un nombre en inglés.", noName.Document.QuerySelector("main .field .field-error")?.TextContent ?? "", StringComparison.Ordinal);
        Checked(problems, "category added", await SubmitAsync(ana, categories, "main form[method=post]:not(.inline-form)", new() { ["Input.Name"] = "Bikes", ["Input.NameIn[es]"] = "Bicis" }));
        var food = Checked(problems, "category to rename", await ana.GetPageAsync($"/Moderation/Categories?edit={await app.CategoryIdAsync("Food & groceries")}"));
        Checked(problems, "category renamed", await SubmitAsync(ana, food, "main form[method=post]:not(.inline-form)", new() { ["Input.NameIn[es]"] = "Comida" }));

        var neighborhoods = Checked(problems, "neighborhoods", await ana.GetPageAsync("/Moderation/Neighborhoods"));
        var wrong = Checked(problems, "neighborhood errors", await ana.SubmitForPageAsync(neighborhoods, "main form[method=post]:not(.inline-form)",
            new() { ["Input.Name"] = "", ["Input.Latitude"] = "200", ["Input.Longitude"] = "", ["Input.RadiusKm"] = "90" }));
        Assert.Contains("La latitud tiene que estar entre -90 y 90.", wrong.Text, StringComparison.Ordinal);
        Checked(problems, "neighborhood saved", await SubmitAsync(ana, neighborhoods, "main form[method=post]:not(.inline-form)",
            new() { ["Input.Name"] = "Lomas", ["Input.Latitude"] = "40.42", ["Input.Longitude"] = "-3.7", ["Input.RadiusKm"] = "1.5" }));

        var stewards = Checked(problems, "stewards", await ana.GetPageAsync("/Moderation/Stewards"));
        Checked(problems, "unknown steward", await SubmitAsync(ana, stewards, "main form[method=post]:not(.inline-form)", new() { ["email"] = "nadie@example.org", ["reason"] = "Ayuda" }));
        var named = Checked(problems, "steward named", await SubmitAsync(ana, stewards, "main form[method=post]:not(.inline-form)", new() { ["email"] = "ceci@example.org", ["reason"] = "Ayuda mucho" }));
        Assert.Equal("Ceci ya forma parte de coordinación.", named.Notice());

        var log = Checked(problems, "log", await ana.GetPageAsync("/Moderation"));
        Assert.Contains("Restauró una publicación", log.Text, StringComparison.Ordinal);
        Assert.Contains("Cambió el nombre de una categoría: Comida y compras → Comida (Español)", log.Text, StringComparison.Ordinal);
        Assert.True(problems.Count == 0, "English on Spanish moderation pages:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Profile_and_email_settings_explain_bad_input_in_Spanish()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.SpeaksAsync("ana@example.org", "es");
        var ana = await app.SignedInClientAsync("ana@example.org");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var problems = new List<string>();

        var profile = await ana.GetPageAsync("/Profile");
        var wrong = Checked(problems, "profile errors", await ana.SubmitForPageAsync(profile, "main form[method=post]:not(.inline-form)",
            new() { ["Input.DisplayName"] = "", ["Input.RadiusKm"] = "mucho", ["Input.Latitude"] = "40.4", ["Input.Longitude"] = "", ["Input.Phone"] = "llámame" }));
        Assert.Contains("«mucho» no es válido para Distancia.", wrong.Text, StringComparison.Ordinal);
        var saved = Checked(problems, "profile saved", await SubmitAsync(ana, profile, "main form[method=post]:not(.inline-form)", new() { ["Input.RadiusKm"] = "2.5" }));
        Assert.Equal("Tu perfil está guardado.", saved.Notice());
        Assert.Equal(2.5, await app.WithDbAsync(db => db.Users.Select(u => u.RadiusKm).SingleAsync()));

        var settings = await ana.GetPageAsync("/Profile/Notifications");
        Checked(problems, "settings errors", await ana.SubmitForPageAsync(settings, "main form[method=post]:not(.inline-form)", new() { ["Mode"] = "a veces" }));
        Checked(problems, "settings saved", await SubmitAsync(ana, settings, "main form[method=post]:not(.inline-form)", new() { ["Mode"] = "Off" }));
        Assert.True(problems.Count == 0, "English on Spanish profile pages:\n" + string.Join("\n", problems));
    }

    private static async Task<HtmlPage> SubmitAsync(HttpClient client, HtmlPage page, string form, Dictionary<string, string> values, string? handler = null) =>
        await HtmlForms.ParseAsync(await client.SubmitAsync(page, form, values, handler));

    private static HtmlPage Checked(List<string> problems, string what, HtmlPage page)
    {
        var english = EnglishWords.In(VisibleText(page.Document));
        if (english.Count > 0)
        {
            problems.Add($"{what}: {string.Join(", ", english)}");
        }

        return page;
    }

    // The error summary's heading is the shared partial's, checked by SpanishPagesTests.
    private static string VisibleText(IDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style, template, #error-summary-title").ToList())
        {
            hidden.Remove();
        }

        var attributes = document.QuerySelectorAll("[aria-label], [placeholder], [title], [alt]")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("placeholder"), e.GetAttribute("title"), e.GetAttribute("alt") });
        return string.Join("\n", attributes.Prepend(document.Title).Append(document.Body?.TextContent));
    }
}
