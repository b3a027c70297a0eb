using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Hosting;

public sealed class BackgroundJobsOptions
{
    public const string Section = "BackgroundJobs";

    public bool Enabled { get; set; } = true;

    // Short enough that an instant email leaves within a minute of the post that caused it.
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);
}
