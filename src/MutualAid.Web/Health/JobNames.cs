namespace MutualAid.Web.Health;

// The names JobRuns are kept under, in the order the worker runs them; the health page puts each
// into words.
public static class JobNames
{
    public const string Expiry = "expiry";
    public const string Series = "series";
    public const string MatchEmails = "match-emails";
    public const string Digests = "digests";
    public const string AccountEmails = "account-emails";
    public const string ReportAlerts = "report-alerts";
    public const string FailedLogIns = "failed-log-ins";
    public const string SendEmail = "send-email";
    public const string Backup = "backup";

    public static readonly IReadOnlyList<string> Worker = [Expiry, Series, MatchEmails, Digests, AccountEmails, ReportAlerts, FailedLogIns, SendEmail];
}
