using Microsoft.AspNetCore.Identity;

namespace MutualAid.Web.Neighbors;

// A log-in whose every failure looks and costs the same: the password hasher runs exactly once
// whether the address has no account, an unconfirmed one, a locked one, or the password is wrong.
// Identity's own sign-in skips the hash for unconfirmed and locked accounts, which a stranger can
// time to learn that the address has an account.
public sealed class PasswordLogIn(SignInManager<Neighbor> signIn)
{
    // Made once by the app's own hasher, so checking against it costs what checking a real one does.
    private static string? decoyHash;

    public async Task<Neighbor?> TryAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var neighbor = await users.FindByEmailAsync(email);
        if (neighbor is null || !await signIn.CanSignInAsync(neighbor) || await users.IsLockedOutAsync(neighbor))
        {
            var hash = neighbor?.PasswordHash ?? (decoyHash ??= users.PasswordHasher.HashPassword(new Neighbor(), Guid.NewGuid().ToString()));
            users.PasswordHasher.VerifyHashedPassword(neighbor ?? new Neighbor(), hash, password);
            return null;
        }

        // Hashes once; a wrong password counts towards the lockout.
        var result = await signIn.PasswordSignInAsync(neighbor, password, remember, lockoutOnFailure: true);
        return result.Succeeded ? neighbor : null;
    }
}
