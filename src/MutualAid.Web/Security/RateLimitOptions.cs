using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Security;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 10_000)]
    public int LogInsPerAddressPerMinute { get; set; } = 10;

    [Range(1, 10_000)]
    public int PostsPerNeighborPerHour { get; set; } = 10;

    [Range(1, 10_000)]
    public int AnswersPerNeighborPerHour { get; set; } = 30;
}
