using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Security;

// One allowance's count in its current window (an address's log-ins this minute, a neighbor's
// posts this hour), kept in the database when several instances of the app share it, so a
// limit counts every instance's requests together (SharedRateLimits). One row per key,
// started again when a new window begins.
public class RateWindow
{
    public const int KeyMaxLength = 300;

    private RateWindow()
    {
    }

    public string Key { get; private set; } = "";
    public DateTime WindowStart { get; private set; }
    public int Count { get; private set; }
}

public sealed class RateWindowConfiguration : IEntityTypeConfiguration<RateWindow>
{
    public void Configure(EntityTypeBuilder<RateWindow> builder)
    {
        builder.HasKey(w => w.Key);
        builder.Property(w => w.Key).HasMaxLength(RateWindow.KeyMaxLength);
        builder.HasIndex(w => w.WindowStart);
    }
}
