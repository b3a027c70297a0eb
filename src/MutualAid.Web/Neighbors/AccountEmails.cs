using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;

namespace MutualAid.Web.Neighbors;

// The words of the account pages' emails, queued in the caller's unit of work. One class for all
// of them, so the confirmation sent at sign-up and the one sent again say the same, translated once.
public sealed class AccountEmails(UserManager<Neighbor> users, Outbox outbox, EmailComposer composer, EmailLinks links, IStringLocalizer<AccountEmails> text)
{
    public async Task QueueConfirmationAsync(Neighbor neighbor, string? returnUrl)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(neighbor));
        var link = links.Absolute("/Identity/Account/ConfirmEmail", ("userId", neighbor.Id), ("code", code), ("returnUrl", returnUrl));
        outbox.Enqueue(composer.Account(neighbor.Email!, text["Confirm your email for MutualAid"], neighbor.DisplayName,
            new(text["Welcome to MutualAid. To confirm this is your email address, open this link:"], new(text["Confirm your email"], link)),
            new(text["If you did not sign up, ignore this email and nothing will happen."])));
    }

    // For a sign-up with an address that already has an account: its owner learns that someone
    // tried, while the page answers as for anyone else. It goes to the address the account has,
    // never to the spelling that was typed.
    public void QueueAlreadyRegistered(Neighbor neighbor) =>
        outbox.Enqueue(composer.Account(neighbor.Email!, text["You already have a MutualAid account"], null,
            new(text["Someone tried to sign up to MutualAid with this email address, but it already has an account."]),
            new(text["If it was you, log in here:"], new(text["Log in"], links.Absolute("/Identity/Account/Login"))),
            new(text["Forgot your password? Choose a new one here:"], new(text["Choose a new password"], links.Absolute("/Identity/Account/ForgotPassword"))),
            new(text["If it was not you, ignore this email. Your account is unchanged."])));

    public async Task QueuePasswordResetAsync(Neighbor neighbor)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(neighbor));
        outbox.Enqueue(composer.Account(neighbor.Email!, text["Choose a new password for MutualAid"], neighbor.DisplayName,
            new(text["Someone asked to choose a new password for your MutualAid account. If it was you, open this link within a day:"],
                new(text["Choose a new password"], links.Absolute("/Identity/Account/ResetPassword", ("code", code)))),
            new(text["If it was not you, ignore this email. Your password stays as it is."])));
    }

    // Tokens hold '+' and '/', which mail apps and URLs mangle.
    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
