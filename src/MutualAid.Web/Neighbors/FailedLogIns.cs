using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;

namespace MutualAid.Web.Neighbors;

// The lockout, kept per address in FailedLogIn rows rather than on the account: Identity counts
// failures on the account's own row, so only an address with an account paid for the write, which
// a stranger could time. Here every failure writes one row, whatever the address. The rules are
// Identity's as configured in NeighborsSetup: the fifth failure in a row locks the address for the
// lockout time, failures while it is locked do not count, and a success or a new password chosen
// through the emailed link starts the count again. Failures are forgotten after a day.
public sealed class FailedLogIns(AppDbContext db, ILookupNormalizer normalizer, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public const int AddressMaxLength = 256;
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(1);

    public sealed record Attempt(string Address, DateTime At, bool IsLocked, int CountedFailures);

    // Reads the address's state with the same two queries whatever the address.
    public async Task<Attempt> BeginAsync(string address)
    {
        var key = Key(address);
        var now = clock.GetUtcNow().UtcDateTime;
        var lockedUntil = await db.FailedLogIns.Where(f => f.Address == key).MaxAsync(f => f.LocksUntil);
        // Never null, so the query's text does not change with it.
        var countedSince = lockedUntil > now - Remembered ? lockedUntil.Value : now - Remembered;
        var counted = await db.FailedLogIns.CountAsync(f => f.Address == key && f.AttemptedAt >= countedSince);
        return new(key, now, lockedUntil > now, counted);
    }

    public async Task FailAsync(Attempt attempt)
    {
        var lockout = identity.Value.Lockout;
        var locks = !attempt.IsLocked && attempt.CountedFailures + 1 >= lockout.MaxFailedAccessAttempts;
        db.FailedLogIns.Add(new FailedLogIn(attempt.Address, attempt.At, locks ? attempt.At + lockout.DefaultLockoutTimeSpan : null));
        await db.SaveChangesAsync();
    }

    public async Task ForgetAsync(string address)
    {
        var key = Key(address);
        await db.FailedLogIns.Where(f => f.Address == key).ExecuteDeleteAsync();
    }

    // Run with the background jobs.
    public async Task PruneAsync(CancellationToken cancellationToken)
    {
        var forgotten = clock.GetUtcNow().UtcDateTime - Remembered;
        await db.FailedLogIns.Where(f => f.AttemptedAt < forgotten && (f.LocksUntil == null || f.LocksUntil < forgotten)).ExecuteDeleteAsync(cancellationToken);
    }

    // As an account is looked up: canonical spelling, then Identity's normalizer. An address too long
    // for any account is cut short; it can lock nobody's account but its own look-alikes.
    private string Key(string address)
    {
        var key = normalizer.NormalizeEmail(AccountAddress.Canonical(address));
        return key.Length <= AddressMaxLength ? key : key[..AddressMaxLength];
    }
}
