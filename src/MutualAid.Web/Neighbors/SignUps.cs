using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Data;

namespace MutualAid.Web.Neighbors;

// A sign-up, saved so that the page answers the same whether or not the address has an account.
// A confirmed account stays as it is. An unconfirmed one was opened by someone who never proved
// the address is theirs, perhaps a stranger who got there first: this sign-up replaces it, and
// with it the stranger's password, name and pending links (it cannot have posted or answered).
// Either way one request for the account's email is queued, and AccountEmailJob picks the email.
public sealed class SignUps(AppDbContext db, UserManager<Neighbor> users, TimeProvider clock)
{
    public async Task<IdentityResult> SaveAsync(Neighbor neighbor, string password, string? returnUrl, CancellationToken cancellationToken)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, neighbor, password)).Errors);
        }

        if (errors.Count > 0)
        {
            return IdentityResult.Failed([.. errors]);
        }

        // The hash is slow on purpose, so it is made before the transaction takes SQLite's only write
        // lock: a burst of sign-ups never queues everyone else's posts and answers behind it.
        neighbor.PasswordHash = users.PasswordHasher.HashPassword(neighbor, password);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await users.FindByEmailAsync(neighbor.Email!);
        if (existing is { EmailConfirmed: false })
        {
            var removed = await users.DeleteAsync(existing);
            if (!removed.Succeeded)
            {
                return removed;
            }

            existing = null;
        }

        if (existing is null)
        {
            var created = await users.CreateAsync(neighbor);
            if (!created.Succeeded)
            {
                return created;
            }
        }

        db.AccountEmailRequests.Add(new AccountEmailRequest(AccountEmailKind.SignUp, neighbor.Email!, neighbor.Language, returnUrl, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IdentityResult.Success;
    }
}
