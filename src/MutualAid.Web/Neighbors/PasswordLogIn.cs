using Microsoft.AspNetCore.Identity;

namespace MutualAid.Web.Neighbors;

// A password check whose every failure looks and costs the same: the password hasher runs exactly
// once and one failed attempt is written (FailedLogIns), whether the address has no account, an
// unconfirmed one, a locked one, or the password is wrong. Identity's own sign-in skips the hash
// for unconfirmed and locked accounts and writes its failure count on the account's row, both of
// which a stranger can time to learn that the address has an account.
public sealed class PasswordLogIn(SignInManager<Neighbor> signIn, FailedLogIns failures)
{
    // Made once by the app's own hasher, so checking against it costs what checking a real one does.
    private static string? decoyHash;

    public async Task<Neighbor?> TryAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var neighbor = await users.FindByEmailAsync(email);
        var attempt = await failures.BeginAsync(email);
        if (neighbor is null || attempt.IsLocked || !await signIn.CanSignInAsync(neighbor) || await users.IsLockedOutAsync(neighbor))
        {
            Hash(neighbor, password);
        }
        else if ((await signIn.PasswordSignInAsync(neighbor, password, remember, lockoutOnFailure: false)).Succeeded)
        {
            await failures.ForgetAsync(email);
            return neighbor;
        }

        await failures.FailAsync(attempt);
        return null;
    }

    // The confirmation link asks for the password the account was opened with, so that the owner of
    // an address who opens the link of a sign-up a stranger made does not confirm the stranger's
    // password. Counted and locked as a log-in is.
    public async Task<bool> IsOwnPasswordAsync(Neighbor neighbor, string password)
    {
        var users = signIn.UserManager;
        var attempt = await failures.BeginAsync(neighbor.Email!);
        var matches = Hash(neighbor, password) != PasswordVerificationResult.Failed;
        if (matches && !attempt.IsLocked && !await users.IsLockedOutAsync(neighbor))
        {
            await failures.ForgetAsync(neighbor.Email!);
            return true;
        }

        await failures.FailAsync(attempt);
        return false;
    }

    // Against the account's own hash, or the decoy when there is none, which nothing matches.
    private PasswordVerificationResult Hash(Neighbor? neighbor, string password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        if (neighbor?.PasswordHash is { } hash)
        {
            return hasher.VerifyHashedPassword(neighbor, hash, password);
        }

        decoyHash ??= hasher.HashPassword(new Neighbor(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new Neighbor(), decoyHash, password);
        return PasswordVerificationResult.Failed;
    }
}
