using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using MutualAid.Web.Tests.Infrastructure;
using static MutualAid.Web.Tests.Infrastructure.EmailLanguage;

namespace MutualAid.Web.Tests.Answers;

// Lucía reads Spanish and Ben English; each answers the other's post, so every email of the
// answering flow goes once to each of them, written during a page shown in the other's
// language. All they write is Spanish.
public class SpanishAnswerEmailTests
{
    private const string LuciasNeed = "Que alguien me lleve al centro de salud";
    private const string BensNeed = "Ayuda para mover un armario";

    private sealed record Neighbors(MutualAidApp App, HttpClient Lucia, HttpClient Ben, int LuciasPost, int BensPost);

    private static async Task<Neighbors> CrossAnsweredAsync()
    {
        var app = new MutualAidApp();
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.AnaHome);
        await app.AddNeighborAsync(Person.Ben);
        await app.SpeaksAsync("lucia@example.org", "es");
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ben@example.org")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, "+34 600 111 222")));
        var lucia = (await app.SignedInClientAsync("lucia@example.org")).Prefers("es");
        var ben = await app.SignedInClientAsync("ben@example.org");
        var luciasPost = await app.PostThroughFormAsync(lucia, "Need", LuciasNeed, "Rides & errands");
        var bensPost = await app.PostThroughFormAsync(ben, "Need", BensNeed, "Moving help");
        await ben.AnswerAsync(luciasPost, "Puedo llevarte el martes a las nueve.");
        await lucia.AnswerAsync(bensPost, "Puedo ayudarte el sábado por la mañana.");
        return new(app, lucia, ben, luciasPost, bensPost);
    }

    private static async Task<Neighbors> CrossAcceptedAsync()
    {
        var n = await CrossAnsweredAsync();
        await n.Lucia.PressAsync(n.LuciasPost, "Accept", await AnswerIdAsync(n.App, n.LuciasPost));
        await n.Ben.PressAsync(n.BensPost, "Accept", await AnswerIdAsync(n.App, n.BensPost));
        return n;
    }

    private static async Task<string> AnswerIdAsync(MutualAidApp app, int postId) =>
        (await app.WithDbAsync(db => db.Answers.Where(a => a.PostId == postId).OrderBy(a => a.Id).Select(a => a.Id).LastAsync()))
            .ToString(CultureInfo.InvariantCulture);

    private static async Task<(MimeMessage ToLucia, MimeMessage ToBen)> DeliveredAsync(MutualAidApp app, string spanishSubject, string englishSubject)
    {
        await app.DeliverEmailAsync();
        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"), m => m.Subject == spanishSubject);
        var toBen = Assert.Single(app.Mail.To("ben@example.org"), m => m.Subject == englishSubject);
        AssertSpanish(toLucia);
        AssertEnglish(toBen);
        return (toLucia, toBen);
    }

    [Fact]
    public async Task New_answer_emails_go_in_the_authors_language_and_the_notice_in_the_page_language()
    {
        var n = await CrossAnsweredAsync();
        await using var _ = n.App;

        var (toLucia, toBen) = await DeliveredAsync(n.App, $"Ben ha respondido a «{LuciasNeed}»", $"Lucía answered “{BensNeed}”");

        Assert.Contains("«Puedo llevarte el martes a las nueve.»", toLucia.TextBody, StringComparison.Ordinal);
        Assert.Contains("“Puedo ayudarte el sábado por la mañana.”", toBen.TextBody, StringComparison.Ordinal);
        Assert.Equal("Ya has respondido a esta publicación.", await AnswerAgainAsync(n.Lucia, n.BensPost));
        Assert.Equal("You have already answered this post.", await AnswerAgainAsync(n.Ben, n.LuciasPost));
    }

    private static async Task<string> AnswerAgainAsync(HttpClient client, int postId)
    {
        var page = await client.GetPageAsync($"/Posts/{postId}");
        var again = await client.PostWithTokenOfAsync(page, $"/Posts/{postId}?handler=Answer", values: new() { ["Message"] = "Otra vez yo" });
        return (await HtmlForms.ParseAsync(again)).Notice().Trim();
    }

    [Fact]
    public async Task Introductions_after_an_acceptance_are_in_each_recipients_language()
    {
        var n = await CrossAnsweredAsync();
        await using var _ = n.App;

        var accepted = await n.Lucia.PressAsync(n.LuciasPost, "Accept", await AnswerIdAsync(n.App, n.LuciasPost));
        await n.Ben.PressAsync(n.BensPost, "Accept", await AnswerIdAsync(n.App, n.BensPost));
        await n.App.DeliverEmailAsync();

        Assert.StartsWith("Aceptada. Te hemos enviado un correo con los datos de contacto de Ben", accepted.Notice().Trim(), StringComparison.Ordinal);
        var toLucia = n.App.Mail.To("lucia@example.org").Where(m => m.Subject == "Ya estás en contacto con Ben").ToList();
        var toBen = n.App.Mail.To("ben@example.org").Where(m => m.Subject == "You are in touch with Lucía").ToList();
        Assert.Equal(2, toLucia.Count);
        Assert.Equal(2, toBen.Count);
        toLucia.ForEach(AssertSpanish);
        toBen.ForEach(AssertEnglish);
        Assert.Contains(toLucia, m => (m.TextBody ?? "").Contains($"Aceptaste la respuesta de Ben a tu publicación «{LuciasNeed}».", StringComparison.Ordinal));
        Assert.Contains(toLucia, m => (m.TextBody ?? "").Contains($"Ben aceptó tu respuesta a «{BensNeed}».", StringComparison.Ordinal));
        Assert.All(toLucia, m => Assert.Contains("Correo: ben@example.org\nTeléfono: +34 600 111 222", m.TextBody ?? "", StringComparison.Ordinal));
        Assert.Contains(toBen, m => (m.TextBody ?? "").Contains($"Lucía accepted your answer to “{LuciasNeed}”.", StringComparison.Ordinal));
        Assert.All(toBen, m => Assert.Contains("Email: lucia@example.org", m.TextBody ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declined_answer_is_told_in_the_answerers_language()
    {
        var n = await CrossAnsweredAsync();
        await using var _ = n.App;

        var declined = await n.Lucia.PressAsync(n.LuciasPost, "Decline", await AnswerIdAsync(n.App, n.LuciasPost));
        await n.Ben.PressAsync(n.BensPost, "Decline", await AnswerIdAsync(n.App, n.BensPost));

        Assert.Equal("Rechazada. Le llegará una nota amable.", declined.Notice().Trim());
        await DeliveredAsync(n.App, $"Sobre tu respuesta a «{BensNeed}»", $"About your answer to “{LuciasNeed}”");
    }

    [Fact]
    public async Task A_helper_stepping_back_is_told_in_the_authors_language()
    {
        var n = await CrossAcceptedAsync();
        await using var _ = n.App;

        await n.Ben.PressAsync(n.LuciasPost, "WithdrawAnswer");
        await n.Lucia.PressAsync(n.BensPost, "WithdrawAnswer");

        await DeliveredAsync(n.App, $"Ben ya no puede ayudar con «{LuciasNeed}»", $"Lucía can no longer help with “{BensNeed}”");
    }

    [Fact]
    public async Task A_fulfilled_post_and_the_thank_you_notes_after_it_are_told_in_each_recipients_language()
    {
        var n = await CrossAcceptedAsync();
        await using var _ = n.App;

        await n.Ben.PressAsync(n.LuciasPost, "Fulfil");
        var fulfilled = await n.Lucia.PressAsync(n.BensPost, "Fulfil");
        Assert.StartsWith("Marcada como cumplida.", fulfilled.Notice().Trim(), StringComparison.Ordinal);
        await DeliveredAsync(n.App, $"«{LuciasNeed}» se ha cumplido", $"“{BensNeed}” is done");

        var thanked = await ThankAsync(n.Lucia, n.LuciasPost, sharePublicly: true);
        await ThankAsync(n.Ben, n.LuciasPost, sharePublicly: true);
        await ThankAsync(n.Ben, n.BensPost, sharePublicly: false);
        await n.App.DeliverEmailAsync();

        Assert.StartsWith("Gracias por dar las gracias.", thanked.Notice().Trim(), StringComparison.Ordinal);
        var toLucia = n.App.Mail.To("lucia@example.org").Where(m => m.Subject == "Ben te ha dejado una nota de agradecimiento").ToList();
        Assert.Equal(2, toLucia.Count);
        toLucia.ForEach(AssertSpanish);
        Assert.Contains(toLucia, m => (m.TextBody ?? "").Contains("A Ben le gustaría mostrarla en la página de inicio.", StringComparison.Ordinal));
        Assert.Contains(toLucia, m => (m.TextBody ?? "").Contains("Es privada entre los dos.", StringComparison.Ordinal));
        AssertEnglish(Assert.Single(n.App.Mail.To("ben@example.org"), m => m.Subject == "Lucía left you a thank-you note"));
    }

    [Fact]
    public async Task A_withdrawn_post_is_told_in_each_helpers_language()
    {
        var n = await CrossAcceptedAsync();
        await using var _ = n.App;

        var withdrawn = await WithdrawAsync(n.Lucia, n.LuciasPost);
        await WithdrawAsync(n.Ben, n.BensPost);

        Assert.StartsWith("Retirada.", withdrawn.Notice().Trim(), StringComparison.Ordinal);
        var (toLucia, _) = await DeliveredAsync(n.App, $"«{BensNeed}» se ha retirado", $"“{LuciasNeed}” was withdrawn");
        Assert.Contains($"Quien la publicó ha retirado «{BensNeed}».", toLucia.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_expiry_reminder_is_in_the_authors_language_with_the_date_written_their_way()
    {
        var n = await CrossAnsweredAsync();
        await using var _ = n.App;

        n.App.Clock.Advance(TimeSpan.FromDays(27) + TimeSpan.FromMinutes(1));
        var (toLucia, toBen) = await DeliveredAsync(n.App, $"«{LuciasNeed}» se cierra en 3 días", $"“{BensNeed}” closes in 3 days");

        Assert.Contains("se cierra el 27 de diciembre de 2026.", toLucia.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Renuévala por otro periodo\n  https://mutualaid.example/Posts/", toLucia.TextBody, StringComparison.Ordinal);
        Assert.Contains("closes on 27 December 2026.", toBen.TextBody, StringComparison.Ordinal);
    }

    private static async Task<HtmlPage> ThankAsync(HttpClient client, int postId, bool sharePublicly)
    {
        var page = await client.GetPageAsync($"/Posts/{postId}");
        var values = new Dictionary<string, string> { ["Message"] = "¡Mil gracias por todo!" };
        if (sharePublicly)
        {
            values["sharePublicly"] = "true";
        }

        return await client.SubmitForPageAsync(page, "form[action*='handler=Thank']", values);
    }

    private static async Task<HtmlPage> WithdrawAsync(HttpClient client, int postId)
    {
        var page = await client.GetPageAsync($"/Posts/{postId}/Withdraw");
        return await client.SubmitForPageAsync(page, "form[action*=Withdraw]", []);
    }
}
