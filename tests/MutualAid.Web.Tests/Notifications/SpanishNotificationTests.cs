using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;
using static MutualAid.Web.Tests.Infrastructure.EmailLanguage;

namespace MutualAid.Web.Tests.Notifications;

// Each email is written in its recipient's language, whatever language the page that caused it
// was shown in. Lucía reads Spanish, Ben English; all they write is Spanish.
public class SpanishNotificationTests
{
    private static async Task<(MutualAidApp App, HttpClient Lucia, HttpClient Ben)> NeighborsAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new MutualAidApp(settings: settings);
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.AnaHome);
        await app.AddNeighborAsync(Person.Ben);
        await app.SpeaksAsync("lucia@example.org", "es");
        return (app, (await app.SignedInClientAsync("lucia@example.org")).Prefers("es"), await app.SignedInClientAsync("ben@example.org"));
    }

    [Fact]
    public async Task A_match_email_is_in_Spanish_for_a_Spanish_speaker_and_in_English_for_an_English_speaker()
    {
        var (app, lucia, ben) = await NeighborsAsync();
        await using var _ = app;

        await app.PostThroughFormAsync(lucia, "Need", "Sopa casera para una familia enferma");
        await app.PostThroughFormAsync(ben, "Offer", "Olla grande de lentejas");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"));
        AssertSpanish(toLucia);
        Assert.Equal("Una coincidencia cerca: Olla grande de lentejas", toLucia.Subject);
        Assert.Contains("Oferta: Olla grande de lentejas (Comidas, a ", toLucia.TextBody, StringComparison.Ordinal);
        Assert.Contains("coincide con tu publicación «Sopa casera para una familia enferma»", toLucia.TextBody, StringComparison.Ordinal);
        var toBen = Assert.Single(app.Mail.To("ben@example.org"));
        AssertEnglish(toBen);
        Assert.Equal("A match nearby: Sopa casera para una familia enferma", toBen.Subject);
        Assert.Contains("Need: Sopa casera para una familia enferma (Meals, ", toBen.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unsubscribe_link_of_a_Spanish_email_opens_pages_in_Spanish()
    {
        var (app, lucia, ben) = await NeighborsAsync();
        await using var _ = app;
        await app.PostThroughFormAsync(lucia, "Need", "Sopa casera para una familia enferma");
        await app.PostThroughFormAsync(ben, "Offer", "Olla grande de lentejas");
        await app.DeliverEmailAsync();
        var link = new Uri(app.Mail.To("lucia@example.org").Single().Headers["List-Unsubscribe"]!.Trim('<', '>'));

        var browser = app.CreateBrowserClient().Prefers("es");
        var asked = await browser.GetPageAsync(link.PathAndQuery);
        var done = await browser.SubmitForPageAsync(asked, "main form[method=post]", []);

        Assert.Equal("Dejar de recibir estos correos", asked.Document.QuerySelector("main button")!.TextContent);
        Assert.StartsWith("Hecho.", done.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        foreach (var page in new[] { asked, done })
        {
            Assert.Empty(EnglishWords.In(page.Document.QuerySelector("main")!.TextContent));
        }
    }

    [Fact]
    public async Task Several_matches_in_one_email_are_counted_in_the_recipients_language()
    {
        var (app, lucia, ben) = await NeighborsAsync();
        await using var _ = app;

        await app.PostThroughFormAsync(ben, "Need", "Ayuda para subir un sofá", "Moving help");
        await app.PostThroughFormAsync(lucia, "Need", "Ayuda para bajar unas cajas", "Moving help");
        await app.PostThroughFormAsync(ben, "Offer", "Brazos fuertes el sábado", "Moving help");
        await app.PostThroughFormAsync(lucia, "Offer", "Furgoneta el domingo", "Moving help");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"));
        AssertSpanish(toLucia);
        Assert.Equal("2 coincidencias cerca para tus publicaciones", toLucia.Subject);
        var toBen = Assert.Single(app.Mail.To("ben@example.org"));
        AssertEnglish(toBen);
        Assert.Equal("2 matches nearby for your posts", toBen.Subject);
    }

    [Fact]
    public async Task A_daily_digest_is_in_each_recipients_language()
    {
        var (app, lucia, ben) = await NeighborsAsync(new() { ["Notifications:DigestHour"] = "18" });
        await using var _ = app;
        var cai = await app.SignedInAsync(Person.Cai);
        var childcare = await app.CategoryIdAsync("Childcare");
        await app.WithDbAsync(async db =>
        {
            foreach (var neighbor in await db.Users.Where(u => u.Email != "cai@example.org").ToListAsync())
            {
                neighbor.Notifications = NotificationMode.DailyDigest;
                neighbor.HelpCategoryIds = [childcare];
                neighbor.HelpDistanceKm = 5;
            }

            return await db.SaveChangesAsync();
        });

        await app.PostThroughFormAsync(lucia, "Offer", "Sopa los domingos");
        await app.PostThroughFormAsync(ben, "Offer", "Pan casero");
        await app.PostThroughFormAsync(cai, "Need", "Sopa para una familia enferma");
        await app.PostThroughFormAsync(cai, "Need", "Alguien que recoja a mi hijo del colegio", "Childcare");
        app.Clock.Advance(TimeSpan.FromHours(9));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"));
        AssertSpanish(toLucia);
        Assert.Equal("Hoy cerca de ti en MutualAid", toLucia.Subject);
        Assert.Contains("Necesidad: Sopa para una familia enferma (Comidas, a ", toLucia.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nueva necesidad: Alguien que recoja a mi hijo del colegio (Cuidado de niños, a ", toLucia.TextBody, StringComparison.Ordinal);
        var toBen = Assert.Single(app.Mail.To("ben@example.org"));
        AssertEnglish(toBen);
        Assert.Equal("Today near you on MutualAid", toBen.Subject);
        Assert.Contains("New need: Alguien que recoja a mi hijo del colegio (Childcare, ", toBen.TextBody, StringComparison.Ordinal);
    }
}
