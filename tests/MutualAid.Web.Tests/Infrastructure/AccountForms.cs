using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;

namespace MutualAid.Web.Tests.Infrastructure;

// The account forms filled as a person would, and the links their emails carry.
public static partial class AccountForms
{
    public const string Form = "main form[method=post]";
    public const string ForgotPassword = "/Identity/Account/ForgotPassword";
    public const string ResendConfirmation = "/Identity/Account/ResendEmailConfirmation";

    public static async Task<HtmlPage> SignUpAsync(this HttpClient client, string email, string password = TestData.Password, string name = "Someone")
    {
        var form = await client.GetPageAsync("/Identity/Account/Register");
        return await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    public static async Task<HtmlPage> LogInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetPageAsync("/Identity/Account/Login");
        return await client.SubmitForPageAsync(form, Form, new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    // Forgot password or resend confirmation: one address, one button.
    public static async Task<HtmlPage> AskForLinkAsync(this HttpClient client, string page, string email)
    {
        var form = await client.GetPageAsync(page);
        return await client.SubmitForPageAsync(form, Form, new() { ["Input.Email"] = email });
    }

    public static bool IsLoggedIn(this HtmlPage page) => page.Text.Contains("Log out", StringComparison.Ordinal);

    // The link of the newest email of that kind to that address, as a path the test client can open.
    public static async Task<string?> ConfirmLinkAsync(this MutualAidApp app, string email) => await NewestLinkAsync(app, email, ConfirmLink());

    public static async Task<string?> ResetLinkAsync(this MutualAidApp app, string email) => await NewestLinkAsync(app, email, ResetLink());

    public static async Task<string?> EmailChangeLinkAsync(this MutualAidApp app, string email) => await NewestLinkAsync(app, email, EmailChangeLink());

    public static async Task<HtmlPage> AskToChangeEmailAsync(this HttpClient client, string newEmail, string password = TestData.Password)
    {
        var form = await client.GetPageAsync("/Identity/Account/ChangeEmail");
        return await client.SubmitForPageAsync(form, Form, new() { ["Input.NewEmail"] = newEmail, ["Input.Password"] = password });
    }

    // The link shows a button; pressing it makes the change.
    public static async Task<HtmlPage> OpenEmailChangeLinkAsync(this HttpClient client, string link)
    {
        var page = await client.GetPageAsync(link);
        return page.Document.QuerySelector(Form) is null ? page : await client.SubmitForPageAsync(page, Form, []);
    }

    public static async Task<HtmlPage> ChooseNewPasswordAsync(this HttpClient client, string link, string email, string password)
    {
        var form = await client.GetPageAsync(link);
        return await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    // The confirmation link asks for the password chosen at sign-up before it confirms anything.
    public static async Task<HtmlPage> ConfirmEmailAsync(this HttpClient client, string link, string password = TestData.Password)
    {
        var form = await client.GetPageAsync(link);
        return form.Document.QuerySelector(Form) is null
            ? form
            : await client.SubmitForPageAsync(form, Form, new() { ["Input.Password"] = password });
    }

    // Each response carries a fresh antiforgery token; everything else must be the same.
    public static string WithoutAntiforgeryTokens(string html) => AntiforgeryToken().Replace(html, "");

    // Emails written in the same second come in no particular order of files; their outbox row's
    // number, in the Message-Id, gives the order they were queued in.
    private static async Task<string?> NewestLinkAsync(MutualAidApp app, string email, Regex link)
    {
        await app.DeliverEmailAsync();
        return app.Mail.To(email).OrderBy(m => long.TryParse(OutboxRow().Match(m.MessageId ?? "").Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0)
            .Select(m => link.Match(m.TextBody ?? "")).LastOrDefault(m => m.Success)?.Groups[1].Value;
    }

    public static IEnumerable<string> Recipients(this MimeMessage message) => message.To.Mailboxes.Select(m => m.Address);

    [GeneratedRegex(@"https://mutualaid\.example(/Identity/Account/ConfirmEmail\?\S+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"https://mutualaid\.example(/Identity/Account/ResetPassword\?code=[A-Za-z0-9_-]+)")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"https://mutualaid\.example(/Identity/Account/ConfirmEmailChange\?\S+)")]
    private static partial Regex EmailChangeLink();

    [GeneratedRegex(@"^outbox-(\d+)-")]
    private static partial Regex OutboxRow();

    [GeneratedRegex(@"<input name=""__RequestVerificationToken""[^>]*>")]
    private static partial Regex AntiforgeryToken();
}
