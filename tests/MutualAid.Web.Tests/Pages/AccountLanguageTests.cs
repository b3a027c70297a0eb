using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public partial class AccountLanguageTests
{
    private const string Form = "main form[method=post]";

    [Theory]
    [InlineData("es", "es", "Confirma tu dirección de correo en MutualAid", "Hola, Rosa:")]
    [InlineData(null, "en", "Confirm your email for MutualAid", "Hello Rosa,")]
    public async Task Signing_up_keeps_the_language_of_the_page_for_the_account_and_its_confirmation_email(
        string? browserLanguage, string stored, string subject, string greeting)
    {
        await using var app = new MutualAidApp();
        var client = Browser(app, browserLanguage);

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
            AssertNoEnglish(email);
        }
    }

    [Fact]
    public async Task Signing_up_in_spanish_with_a_taken_address_tells_its_owner_in_spanish()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var client = Browser(app, "es");

        var form = await client.GetPageAsync("/Identity/Account/Register");
        await client.SubmitAsync(form, Form, SignUp("ana@example.org"));
        await app.DeliverEmailAsync();

        var email = Assert.Single(app.Mail.To("ana@example.org"));
        Assert.Equal("Ya tienes una cuenta en MutualAid", email.Subject);
        Assert.Contains("https://mutualaid.example/Identity/Account/ForgotPassword", email.TextBody, StringComparison.Ordinal);
        AssertNoEnglish(email);
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

    [Fact]
    public async Task Signed_in_account_pages_speak_spanish_too()
    {
        await using var app = new MutualAidApp();
        await AddSpanishNeighborAsync(app);
        var client = await app.SignedInClientAsync("ana@example.org");

        var change = await client.GetPageAsync("/Identity/Account/ChangePassword");
        var logout = await client.GetPageAsync("/Identity/Account/Logout");
        var wrong = await client.SubmitForPageAsync(change, Form, new()
        {
            ["Input.CurrentPassword"] = "not my password at all",
            ["Input.NewPassword"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        var empty = await client.SubmitForPageAsync(change, Form, new());

        Assert.Equal("Cambia tu contraseña", change.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Cerrar sesión", logout.Document.QuerySelector("main button")!.TextContent);
        Assert.Equal("Esa no es tu contraseña actual.", wrong.Document.QuerySelector("[data-valmsg-for='Input.CurrentPassword']")!.TextContent);
        Assert.Equal("Escribe tu contraseña actual.", empty.Document.QuerySelector("[data-valmsg-for='Input.CurrentPassword']")!.TextContent);
        Assert.All(new[] { change, logout, wrong, empty }, page => AssertNoEnglish(page));
    }

    [Theory]
    [InlineData("/Identity/Account/Login", "Input.Email", "", "Escribe tu dirección de correo.")]
    [InlineData("/Identity/Account/Login", "Input.Email", "nobody@example.org", "Esa dirección de correo y esa contraseña no corresponden a ninguna cuenta que pueda entrar.")]
    [InlineData("/Identity/Account/Register", "Input.Password", "short", "Usa al menos 12 caracteres.")]
    [InlineData("/Identity/Account/Register", "Input.ConfirmPassword", "not the same one", "Las dos contraseñas no coinciden.")]
    [InlineData("/Identity/Account/Register", "Input.Email", "o'brien@example.org", "Usa una dirección de correo que solo tenga letras, cifras y los signos . _ - + @.")]
    [InlineData("/Identity/Account/ForgotPassword", "Input.Email", "not an address", "Escribe una dirección de correo como nombre@example.org.")]
    [InlineData("/Identity/Account/ResendEmailConfirmation", "Input.Email", "", "Escribe tu dirección de correo.")]
    [InlineData("/Identity/Account/ResetPassword?code=YWJj", "Input.Password", "short", "Usa al menos 12 caracteres.")]
    public async Task Form_errors_are_explained_in_spanish(string url, string field, string value, string message)
    {
        await using var app = new MutualAidApp();
        var client = Browser(app, "es");
        var form = await client.GetPageAsync(url);
        var values = SignUp("rosa@example.org");
        values[field] = value;

        var page = await client.SubmitForPageAsync(form, Form, values);

        Assert.StartsWith(message, page.Document.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        AssertNoEnglish(page);
    }

    [Fact]
    public async Task A_used_reset_link_and_its_email_are_in_spanish()
    {
        await using var app = new MutualAidApp();
        await AddSpanishNeighborAsync(app);
        var client = Browser(app, "es");
        var form = await client.GetPageAsync("/Identity/Account/ForgotPassword");
        await client.SubmitAsync(form, Form, new() { ["Input.Email"] = "ana@example.org" });
        await app.DeliverEmailAsync();
        var email = Assert.Single(app.Mail.To("ana@example.org"));
        var link = ResetLink().Match(email.TextBody!).Value;
        await PasswordTests.ResetAsync(client, link, "ana@example.org", "una frase nueva y larga");

        var reused = await PasswordTests.ResetAsync(client, link, "ana@example.org", "otra frase nueva y larga");

        Assert.Equal("Elige una contraseña nueva para MutualAid", email.Subject);
        AssertNoEnglish(email);
        Assert.Contains("Elegir una contraseña nueva", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Este enlace caducó o ya se usó. Pide uno nuevo.", reused.Text, StringComparison.Ordinal);
        AssertNoEnglish(reused);
    }

    [Fact]
    public async Task Confirming_an_email_is_in_spanish()
    {
        await using var app = new MutualAidApp();
        var client = Browser(app, "es");
        var form = await client.GetPageAsync("/Identity/Account/Register");
        await client.SubmitAsync(form, Form, SignUp("rosa@example.org"));
        await app.DeliverEmailAsync();
        var link = new Uri(ConfirmLink().Match(Assert.Single(app.Mail.To("rosa@example.org")).TextBody!).Value);

        var asking = await client.GetPageAsync(link.PathAndQuery);
        AssertNoEnglish(asking);
        var confirmed = await client.ConfirmEmailAsync(link.PathAndQuery, "a long walk by the river");
        var broken = await client.GetPageAsync(link.PathAndQuery.Replace("code=", "code=AAAA", StringComparison.Ordinal));

        Assert.Contains("Gracias por confirmar tu dirección de correo.", confirmed.Text, StringComparison.Ordinal);
        Assert.Equal("Este enlace no funcionó", broken.Document.QuerySelector("h1")!.TextContent);
        AssertNoEnglish(confirmed);
        AssertNoEnglish(broken);
    }

    private static HttpClient Browser(MutualAidApp app, string? language)
    {
        var client = app.CreateBrowserClient();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    private static async Task AddSpanishNeighborAsync(MutualAidApp app)
    {
        await app.AddNeighborAsync("ana@example.org", "Ana");
        await app.SpeaksAsync("ana@example.org", "es");
    }

    private static Dictionary<string, string> SignUp(string email) => new()
    {
        ["Input.DisplayName"] = "Rosa",
        ["Input.Email"] = email,
        ["Input.Password"] = "a long walk by the river",
        ["Input.ConfirmPassword"] = "a long walk by the river",
    };

    // The shared error summary's heading is left to SpanishPagesTests, which checks every page.
    private static void AssertNoEnglish(HtmlPage page)
    {
        var main = page.Document.QuerySelector("main")!;
        main.QuerySelector("#error-summary-title")?.Remove();
        var english = EnglishWords.In(main.TextContent);
        Assert.True(english.Count == 0, $"English on {page.Response.RequestMessage!.RequestUri}: {string.Join(", ", english)}");
    }

    // Links are left out: their tokens are random letters that may spell anything.
    private static void AssertNoEnglish(MimeMessage email)
    {
        var english = EnglishWords.In(Link().Replace($"{email.Subject}\n{email.TextBody}\n{email.HtmlBody}", " "));
        Assert.True(english.Count == 0, $"English in “{email.Subject}”: {string.Join(", ", english)}\n{email.TextBody}");
    }

    [GeneratedRegex(@"https?://\S+|<[^>]*>")]
    private static partial Regex Link();

    [GeneratedRegex(@"https://mutualaid\.example/Identity/Account/ResetPassword\?code=[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"https://mutualaid\.example/Identity/Account/ConfirmEmail\?\S+")]
    private static partial Regex ConfirmLink();
}
