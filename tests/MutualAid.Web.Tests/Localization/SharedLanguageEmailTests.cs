using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Localization;

// Match emails and introductions name the languages the other neighbor lists, in the reader's language.
public class SharedLanguageEmailTests
{
    private static async Task<(MutualAidApp App, HttpClient Ana, HttpClient Lucia)> AnaSpeaksPortugueseLuciaSpanishAsync()
    {
        var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.BenHome);
        await app.SpeaksAsync("lucia@example.org", "es");
        var lucia = (await app.SignedInClientAsync("lucia@example.org")).Prefers("es");
        await ana.SaySpeaksAsync("pt");
        await lucia.SaySpeaksAsync("es");
        return (app, ana, lucia);
    }

    [Fact]
    public async Task Match_emails_say_which_language_the_other_author_speaks_in_each_readers_language()
    {
        var (app, ana, lucia) = await AnaSpeaksPortugueseLuciaSpanishAsync();
        await using var _ = app;

        await app.PostThroughFormAsync(ana, "Offer", "Sopa los domingos");
        await app.PostThroughFormAsync(lucia, "Need", "Sopa para una casa enferma");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toAna = Assert.Single(app.Mail.To("ana@example.org"));
        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"));
        Assert.Contains("Speaks: Spanish.", toAna.TextBody, StringComparison.Ordinal);
        Assert.Contains("Habla: Portugués.", toLucia.TextBody, StringComparison.Ordinal);
        EmailLanguage.AssertSpanish(toLucia);
    }

    [Fact]
    public async Task Introductions_say_which_language_the_other_neighbor_speaks_in_each_readers_language()
    {
        var (app, ana, lucia) = await AnaSpeaksPortugueseLuciaSpanishAsync();
        await using var _ = app;
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic", category: "Rides & errands");
        await lucia.AnswerAsync(post, "Puedo llevarte");

        await ana.PressAsync(post, "Accept", await app.AnswerIdAsync("Puedo llevarte"));
        await app.DeliverEmailAsync();

        var toAna = Assert.Single(app.Mail.To("ana@example.org"), m => m.Subject == "You are in touch with Lucía");
        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"), m => m.Subject == "Ya estás en contacto con Ana");
        Assert.Contains("Email: lucia@example.org\nSpeaks: Spanish", toAna.TextBody, StringComparison.Ordinal);
        Assert.Contains("Correo: ana@example.org\nHabla: Portugués", toLucia.TextBody, StringComparison.Ordinal);
    }
}
