namespace MutualAid.Web.Moderation;

// Which reports hide a post before any steward has looked. Accounts are cheap to make, so one made
// within the new-account period counts for nothing until it is older; nor does a blocked account;
// nor a neighbor whose report of this post a steward has already dealt with, so once a steward
// restores a post the same people cannot hide it again. Every report still reaches the stewards.
public static class AutomaticHide
{
    public const int Reporters = 3;

    public sealed record PostReport(string ReporterId, DateTime ReportedAt, bool Resolved, DateTime ReporterJoinedAt, bool ReporterBlocked);

    public static int CountingReporters(IReadOnlyCollection<PostReport> reports, TimeSpan newAccountPeriod)
    {
        var heard = reports.Where(r => r.Resolved).Select(r => r.ReporterId).ToHashSet();
        return reports
            .Where(r => !r.Resolved && !r.ReporterBlocked && !heard.Contains(r.ReporterId)
                && r.ReportedAt - r.ReporterJoinedAt >= newAccountPeriod)
            .Select(r => r.ReporterId)
            .Distinct()
            .Count();
    }
}
