using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public partial class PasswordTests
{
    private const string Form = "main form[method=post]";
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task A_neighbor_who_forgot_their_password_chooses_a_new_one_through_the_emailed_link()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");

        var link = await ResetLinkAsync(app, "ana@example.org");
        var email = Assert.Single(app.Mail.To("ana@example.org"));
        Assert.Equal("Choose a new password for MutualAid", email.Subject);
        Assert.Contains(link, email.HtmlBody, StringComparison.Ordinal);
        var done = await ResetAsync(app.CreateBrowserClient(), link, "ana@example.org", NewPassword);

        Assert.Equal("/Identity/Account/ResetPasswordConfirmation", done.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your password is changed", done.Text, StringComparison.Ordinal);
        await app.SignedInClientAsync("ana@example.org", NewPassword);
        Assert.Equal("/Identity/Account/Login", (await LogInAsync(app, "ana@example.org", TestData.Password)).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("en", "Choose a new password for MutualAid", "Choose a new password", "This link has expired or was already used. Ask for a new one.")]
    [InlineData("es", "Elige una contraseña nueva para MutualAid", "Elegir una contraseña nueva", "Este enlace caducó o ya se usó. Pide uno nuevo.")]
    public async Task A_reset_link_works_once_and_an_address_without_an_account_gets_the_same_answer_as_a_used_link(
        string language, string subject, string button, string used)
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        await app.SpeaksAsync("ana@example.org", language);
        var link = await ResetLinkAsync(app, "ana@example.org", language);
        var email = Assert.Single(app.Mail.To("ana@example.org"));
        await ResetAsync(app.CreateBrowserClient().Prefers(language), link, "ana@example.org", NewPassword);

        var reused = await ResetAsync(app.CreateBrowserClient().Prefers(language), link, "ana@example.org", "yet another passphrase");
        var stranger = await ResetAsync(app.CreateBrowserClient().Prefers(language), link, "nobody@example.org", "yet another passphrase");

        Assert.Equal(subject, email.Subject);
        Assert.Contains(button, email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(used, reused.Text, StringComparison.Ordinal);
        Assert.Equal(reused.Document.QuerySelector("main")!.TextContent, stranger.Document.QuerySelector("main")!.TextContent);
        if (language == "es")
        {
            EnglishWords.AssertNoneIn(email);
            EnglishWords.AssertNoneIn(reused);
        }

        await app.SignedInClientAsync("ana@example.org", NewPassword);
    }

    [Fact]
    public async Task Choosing_a_new_password_through_the_link_ends_a_lockout()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        for (var i = 0; i < 5; i++)
        {
            await LogInAsync(app, "ana@example.org", "not the password at all");
        }

        await ResetAsync(app.CreateBrowserClient(), await ResetLinkAsync(app, "ana@example.org"), "ana@example.org", NewPassword);

        await app.SignedInClientAsync("ana@example.org", NewPassword);
    }

    [Fact]
    public async Task A_signed_in_neighbor_changes_their_password_after_proving_the_current_one()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);

        var form = await client.GetPageAsync("/Identity/Account/ChangePassword");
        var wrong = await client.SubmitForPageAsync(form, Form, Change("not my password at all", NewPassword));
        var changed = await client.SubmitForPageAsync(wrong, Form, Change(TestData.Password, NewPassword));

        Assert.Equal("That is not your current password.", wrong.Document.QuerySelector("[data-valmsg-for='Input.CurrentPassword']")!.TextContent);
        Assert.Equal("/Profile", changed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your password is changed.", changed.Text, StringComparison.Ordinal);
        Assert.Contains("Log out", changed.Text, StringComparison.Ordinal);
        await app.SignedInClientAsync("ana@example.org", NewPassword);
        Assert.Equal("/Identity/Account/Login", (await LogInAsync(app, "ana@example.org", TestData.Password)).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_new_password_that_is_too_short_or_typed_differently_is_explained_and_nothing_changes()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var client = await app.SignedInClientAsync("ana@example.org");
        var form = await client.GetPageAsync("/Identity/Account/ChangePassword");

        var page = await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.CurrentPassword"] = TestData.Password,
            ["Input.NewPassword"] = "short",
            ["Input.ConfirmPassword"] = "shorter",
        });

        Assert.Contains("Use at least 12 characters", page.Document.QuerySelector("[data-valmsg-for='Input.NewPassword']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The two passwords are not the same.", page.Document.QuerySelector("[data-valmsg-for='Input.ConfirmPassword']")!.TextContent);
        await app.SignedInClientAsync("ana@example.org");
    }

    [Fact]
    public async Task Changing_a_password_needs_a_signed_in_neighbor()
    {
        await using var app = new MutualAidApp();

        var page = await app.CreateBrowserClient().GetPageAsync("/Identity/Account/ChangePassword");

        Assert.Equal("/Identity/Account/Login", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2FIdentity%2FAccount%2FChangePassword", page.Response.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
    }

    // Asks for a reset email from the forgot-password page and returns the link in its text part.
    internal static async Task<string> ResetLinkAsync(MutualAidApp app, string email, string language = "en")
    {
        var client = app.CreateBrowserClient().Prefers(language);
        var form = await client.GetPageAsync("/Identity/Account/ForgotPassword");
        await client.SubmitAsync(form, Form, new() { ["Input.Email"] = email });
        await app.DeliverEmailAsync();
        var messages = app.Mail.To(email);
        return ResetLink().Match(messages[^1].TextBody!).Value;
    }

    internal static async Task<HtmlPage> ResetAsync(HttpClient client, string link, string email, string password)
    {
        var form = await client.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        return await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    private static async Task<HttpResponseMessage> LogInAsync(MutualAidApp app, string email, string password)
    {
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/Identity/Account/Login");
        return await client.SubmitAsync(form, Form, new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    private static Dictionary<string, string> Change(string current, string next) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    };

    [GeneratedRegex(@"https://mutualaid\.example/Identity/Account/ResetPassword\?code=[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();
}
