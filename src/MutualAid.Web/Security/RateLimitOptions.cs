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

    [Range(1, 10_000)]
    public int EditsPerNeighborPerHour { get; set; } = 20;

    [Range(1, 10_000)]
    public int ReportsPerNeighborPerDay { get; set; } = 10;

    [Range(1, 10_000)]
    public int ThanksPerNeighborPerHour { get; set; } = 20;

    [Range(1, 10_000)]
    public int RenewalsPerNeighborPerHour { get; set; } = 20;

    [Range(1, 10_000)]
    public int BlocksPerNeighborPerHour { get; set; } = 20;

    [Range(1, 10_000)]
    public int MessagesPerNeighborPerHour { get; set; } = 30;

    [Range(1, 10_000)]
    public int OtherChangesPerNeighborPerHour { get; set; } = 60;

    public (int Permits, TimeSpan Window) For(LimitedAction action) => action switch
    {
        LimitedAction.Posting => (PostsPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Answering => (AnswersPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Editing => (EditsPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Reporting => (ReportsPerNeighborPerDay, TimeSpan.FromDays(1)),
        LimitedAction.Thanking => (ThanksPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Renewing => (RenewalsPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Blocking => (BlocksPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Messaging => (MessagesPerNeighborPerHour, TimeSpan.FromHours(1)),
        LimitedAction.OtherChanges => (OtherChangesPerNeighborPerHour, TimeSpan.FromHours(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Every limited action needs an allowance."),
    };
}
