using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace MutualAid.Web.Neighbors;

// Identity's messages that a neighbor can meet on the account pages, in plain words and in the
// language of the page. The rest (2FA, external log-ins, roles) keep Identity's own wording:
// nobody reaches them through a form.
public sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), text["Something went wrong. Please try again."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), text["Your account changed in the meantime. Please try again."]);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), text["That is not your current password."]);

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), text["This link has expired or was already used. Ask for a new one."]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), text["Enter an email address like name@example.org."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), text["Use an email address made of letters, digits and the signs . _ - + @ only."]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), text["That email address already has an account."]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), text["That email address already has an account."]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), text["Use at least {0} characters. A few words you will remember work well.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), text["Use at least {0} different characters.", uniqueChars]);

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), text["Your account already has a password."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
