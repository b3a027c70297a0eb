namespace MutualAid.Web.Health;

// When one background job (or the host's `backup`) last ran, and how it went. One row per job,
// overwritten at each run: stewards read it on the health page to see that the site is working.
public class JobRun
{
    public const int ErrorMaxLength = 1000;

    private JobRun()
    {
    }

    public JobRun(string name) => Name = name;

    public string Name { get; private set; } = "";
    public DateTime LastRanAt { get; private set; }
    public bool LastRunFailed { get; private set; }
    public DateTime? LastSucceededAt { get; private set; }
    public string? LastError { get; private set; }

    public void Record(DateTime now, string? error)
    {
        LastRanAt = now;
        LastRunFailed = error is not null;
        if (error is null)
        {
            LastSucceededAt = now;
        }
        else
        {
            LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        }
    }
}
