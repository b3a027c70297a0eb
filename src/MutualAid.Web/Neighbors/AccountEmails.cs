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

    // Sent to the new address only: the change is made when its owner opens the link, signed in
    // to the account that asked. The token is bound to that address and to the account's security
    // stamp, which the change itself renews, so the link works once.
    public async Task QueueEmailChangeAsync(Neighbor neighbor, string newAddress)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(neighbor, newAddress));
        var link = links.Absolute("/Identity/Account/ConfirmEmailChange", ("userId", neighbor.Id), ("email", newAddress), ("code", code));
        outbox.Enqueue(composer.Account(newAddress, text["Confirm your new email for MutualAid"], neighbor.DisplayName,
            new(text["You asked to use this address for your MutualAid account. To make the change, open this link within a day, logged in to your account:"],
                new(text["Use this email address"], link)),
            new(text["If you did not ask for this, ignore this email. No account changes."])));
    }

    // For an email change to an address that already has an account: its owner learns that
    // someone tried, while the page that asked answered as for a free address.
    public void QueueAddressTaken(Neighbor holder) =>
        outbox.Enqueue(composer.Account(holder.Email!, text["Someone tried to use your email on MutualAid"], null,
            new(text["Someone logged in to MutualAid asked to move their account to this email address. It already has an account, yours, so nothing changed."]),
            new(text["If it was you, keep using this account, or log in to the other one and choose another address."]),
            new(text["If it was not you, ignore this email. Your account is unchanged."])));

    // To the address an account just left. The new address is not told: the old mailbox may be
    // one the neighbor gave up, read by someone else now.
    public void QueueEmailChanged(string oldAddress, string displayName) =>
        outbox.Enqueue(composer.Account(oldAddress, text["Your MutualAid email was changed"], displayName,
            new(text["The email address of your MutualAid account was just changed, so emails from MutualAid will no longer come here."]),
            new(text["If it was you, there is nothing to do."]),
            new(text["If it was not you, someone knows your password: tell a steward of your neighborhood at once, so they can block the account and help you take it back."])));

    // Tokens hold '+' and '/', which mail apps and URLs mangle.
    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
