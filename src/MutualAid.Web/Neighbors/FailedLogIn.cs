using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Neighbors;

// One failed attempt to prove a password for an address: a log-in, or a confirmation link opened
// with the wrong password. Written for every failure, whether or not the address has an account, so
// a failure costs the same database work whoever it was for; the lockout is counted from these rows
// (FailedLogIns), never from the account's own row, which only an existing account has.
public class FailedLogIn
{
    private FailedLogIn()
    {
    }

    public FailedLogIn(string address, DateTime attemptedAt, DateTime? locksUntil)
    {
        Address = address;
        AttemptedAt = attemptedAt;
        LocksUntil = locksUntil;
    }

    public long Id { get; private set; }

    // Identity's normalized form of the canonical address, the key an account is found by.
    public string Address { get; private set; } = "";
    public DateTime AttemptedAt { get; private set; }

    // Set on the failure that completed a run of failures: the address is locked until then.
    public DateTime? LocksUntil { get; private set; }
}

public sealed class FailedLogInConfiguration : IEntityTypeConfiguration<FailedLogIn>
{
    public void Configure(EntityTypeBuilder<FailedLogIn> builder)
    {
        builder.Property(f => f.Address).HasMaxLength(FailedLogIns.AddressMaxLength);
        builder.HasIndex(f => new { f.Address, f.AttemptedAt });
        builder.HasIndex(f => f.AttemptedAt);
    }
}
