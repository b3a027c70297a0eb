using MutualAid.Web.Tests.Infrastructure;
using MutualAid.Web.Tests.Pages;

namespace MutualAid.Web.Tests.Localization;

// The account pages and their emails in Spanish: every word a Spanish speaker reads there.
public class SpanishAccountPagesTests
{
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task Signed_in_account_pages_speak_spanish_too()
    {
        await using var app = new MutualAidApp();
        await AccountLanguageTests.AddSpanishNeighborAsync(app);
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
        Assert.All(new[] { change, logout, wrong, empty }, EnglishWords.AssertNoneIn);
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
        var client = app.CreateBrowserClient().Prefers("es");
        var form = await client.GetPageAsync(url);
        var values = AccountLanguageTests.SignUp("rosa@example.org");
        values[field] = value;

        var page = await client.SubmitForPageAsync(form, Form, values);

        Assert.StartsWith(message, page.Document.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent, StringComparison.Ordinal);
        EnglishWords.AssertNoneIn(page);
    }
}
