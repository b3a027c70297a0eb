using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Notifications;

namespace MutualAid.Web.Neighbors;

// The emails of the account pages, written in the language of the page that sends them (the
// person at the keyboard is the one who reads them) and queued in the caller's unit of work.
// One class for all of them, so the confirmation sent at sign-up and the one sent again say the
// same, translated once. The HTML encoder is the app's, which leaves accented letters as they are.
public sealed class AccountEmails(UserManager<Neighbor> users, Outbox outbox, EmailLinks links, IStringLocalizer<AccountEmails> text, HtmlEncoder html)
{
    public async Task QueueConfirmationAsync(Neighbor neighbor, string? returnUrl)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(neighbor));
        var link = Link("/Identity/Account/ConfirmEmail", ("userId", neighbor.Id), ("code", code), ("returnUrl", returnUrl));
        outbox.Enqueue(Compose(neighbor.Email!, text["Confirm your email for MutualAid"],
            new(text["Hello {0},", neighbor.DisplayName]),
            new(text["Welcome to MutualAid. To confirm this is your email address, open this link:"], text["Confirm your email"], link),
            new(text["If you did not sign up, ignore this email and nothing will happen."])));
    }

    // For a sign-up with an address that already has an account: its owner learns that someone
    // tried, while the page answers as for anyone else. It goes to the address the account has,
    // never to the spelling that was typed.
    public void QueueAlreadyRegistered(Neighbor neighbor) =>
        outbox.Enqueue(Compose(neighbor.Email!, text["You already have a MutualAid account"],
            new(text["Hello,"]),
            new(text["Someone tried to sign up to MutualAid with this email address, but it already has an account."]),
            new(text["If it was you, log in here:"], text["Log in"], links.Absolute("/Identity/Account/Login")),
            new(text["Forgot your password? Choose a new one here:"], text["Choose a new password"], links.Absolute("/Identity/Account/ForgotPassword")),
            new(text["If it was not you, ignore this email. Your account is unchanged."])));

    public async Task QueuePasswordResetAsync(Neighbor neighbor)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(neighbor));
        outbox.Enqueue(Compose(neighbor.Email!, text["Choose a new password for MutualAid"],
            new(text["Hello {0},", neighbor.DisplayName]),
            new(text["Someone asked to choose a new password for your MutualAid account. If it was you, open this link within a day:"],
                text["Choose a new password"], Link("/Identity/Account/ResetPassword", ("code", code))),
            new(text["If it was not you, ignore this email. Your password stays as it is."])));
    }

    private string Link(string path, params (string Name, string? Value)[] query) =>
        links.Absolute(QueryHelpers.AddQueryString(path, query.Where(q => q.Value is not null).Select(q => KeyValuePair.Create(q.Name, q.Value))));

    // Tokens hold '+' and '/', which mail apps and URLs mangle.
    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    // The text part puts each link on a line of its own, so mail apps never glue punctuation onto it.
    private EmailMessage Compose(string to, string subject, params Paragraph[] paragraphs)
    {
        var plain = string.Join("\n\n", paragraphs.Select(p => p.Url is null ? p.Text : $"{p.Text}\n{p.Url}"));
        var markup = string.Concat(paragraphs.Select(p => p.Url is null
            ? $"<p>{html.Encode(p.Text)}</p>"
            : $"<p>{html.Encode(p.Text)}<br><a href=\"{html.Encode(p.Url)}\">{html.Encode(p.LinkText!)}</a></p>"));
        return new EmailMessage(to, subject, plain, markup);
    }

    private sealed record Paragraph(string Text, string? LinkText = null, string? Url = null);
}
