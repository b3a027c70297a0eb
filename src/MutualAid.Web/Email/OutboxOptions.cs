using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Email;

public sealed class OutboxOptions
{
    public const string Section = "Email:Outbox";

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    // A claim older than this belongs to a worker that died mid-send.
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
