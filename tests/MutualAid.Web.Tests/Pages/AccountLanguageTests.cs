using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// Which language an account speaks: chosen at sign-up, kept at log-in, used in its emails.
public class AccountLanguageTests
{
    private const string Form = "main form[method=post]";

    [Theory]
    [InlineData("es", "es", "Confirma tu dirección de correo en MutualAid", "Hola, Rosa:")]
    [InlineData(null, "en", "Confirm your email for MutualAid", "Hello Rosa,")]
    public async Task Signing_up_keeps_the_language_of_the_page_for_the_account_and_its_confirmation_email(
        string? browserLanguage, string stored, string subject, string greeting)
    {
        await using var app = new MutualAidApp();
        var client = app.CreateBrowserClient();
        if (browserLanguage is not null)
        {
            client.Prefers(browserLanguage);
        }

        var form = await client.GetPageAsync("/Identity/Account/Register");
        await client.SubmitAsync(form, Form, SignUp("rosa@example.org"));
        await app.DeliverEmailAsync();

        Assert.Equal(stored, await app.WithDbAsync(db => db.Users.Where(u => u.Email == "rosa@example.org").Select(u => u.Language).SingleAsync()));
        var email = Assert.Single(app.Mail.To("rosa@example.org"));
        Assert.Equal(subject, email.Subject);
        Assert.StartsWith(greeting, email.TextBody, StringComparison.Ordinal);
        Assert.Contains("/Identity/Account/ConfirmEmail?", email.HtmlBody, StringComparison.Ordinal);
        if (stored == "es")
        {
            EnglishWords.AssertNoneIn(email);
        }
    }

    [Fact]
    public async Task Logging_in_on_a_new_device_brings_the_language_the_neighbor_chose()
    {
        await using var app = new MutualAidApp();
        await AddSpanishNeighborAsync(app);

        var client = await app.SignedInClientAsync("ana@example.org");
        var home = await client.GetPageAsync("/");

        Assert.Equal("es", home.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Cerrar sesión", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_already_chosen_on_this_browser_stays_at_log_in()
    {
        await using var app = new MutualAidApp();
        await AddSpanishNeighborAsync(app);
        var client = app.CreateBrowserClient();
        var start = await client.GetPageAsync("/Identity/Account/Login");
        await client.PostWithTokenOfAsync(start, "/Language", values: new() { ["culture"] = "en", ["returnUrl"] = "/" });

        var login = await client.GetPageAsync("/Identity/Account/Login");
        var home = await client.SubmitForPageAsync(login, Form, new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = TestData.Password });

        Assert.Equal("en", home.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Log out", home.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Thank you for confirming your email.", "This link did not work")]
    [InlineData("es", "Gracias por confirmar tu dirección de correo.", "Este enlace no funcionó")]
    public async Task Confirming_an_email_thanks_and_a_broken_link_explains_in_the_page_language(string language, string thanks, string broken)
    {
        await using var app = new MutualAidApp();
        var client = app.CreateBrowserClient().Prefers(language);
        await client.SignUpAsync("rosa@example.org", "a long walk by the river", "Rosa");
        var link = await app.ConfirmLinkAsync("rosa@example.org");
        Assert.Single(app.Mail.To("rosa@example.org"));

        var asking = await client.GetPageAsync(link!);
        var confirmed = await client.ConfirmEmailAsync(link!, "a long walk by the river");
        var failed = await client.GetPageAsync(link!.Replace("code=", "code=AAAA", StringComparison.Ordinal));

        Assert.Contains(thanks, confirmed.Text, StringComparison.Ordinal);
        Assert.Equal(broken, failed.Document.QuerySelector("h1")!.TextContent);
        if (language == "es")
        {
            EnglishWords.AssertNoneIn(asking);
            EnglishWords.AssertNoneIn(confirmed);
            EnglishWords.AssertNoneIn(failed);
        }
    }

    internal static async Task AddSpanishNeighborAsync(MutualAidApp app)
    {
        await app.AddNeighborAsync("ana@example.org", "Ana");
        await app.SpeaksAsync("ana@example.org", "es");
    }

    internal static Dictionary<string, string> SignUp(string email) => new()
    {
        ["Input.DisplayName"] = "Rosa",
        ["Input.Email"] = email,
        ["Input.Password"] = "a long walk by the river",
        ["Input.ConfirmPassword"] = "a long walk by the river",
    };
}
