using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Health;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Moderation;

public sealed record JobStatus(string Name, string Label, JobRun? LastRun);

// Is the site working, and what is the group failing to meet? Email waiting or failed (with
// "send again" where it is safe), the background jobs, the database, and the fulfilment charts.
// Nothing here names a recipient: errors are shown with addresses taken out.
public class HealthModel(AppDbContext db, OutboxHealth outbox, FulfilmentQuery fulfilment, ShownNames names, TimeProvider clock,
    IStringLocalizer<HealthModel> text, Stewardship stewardship, UserManager<Neighbor> users) : PageModel
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public OutboxCounts Counts { get; private set; } = new(0, 0, 0, null);
    public IReadOnlyList<TroubledEmail> Failed { get; private set; } = [];
    public IReadOnlyList<TroubledEmail> Retrying { get; private set; } = [];
    public IReadOnlyList<JobStatus> Jobs { get; private set; } = [];
    public JobRun? LastBackup { get; private set; }
    public long? DatabaseBytes { get; private set; }
    public FulfilmentNumbers Numbers { get; private set; } = null!;
    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public int CanBeSentAgain => Failed.Count(f => f.CanBeSentAgain);

    public async Task OnGetAsync()
    {
        Counts = await outbox.CountsAsync();
        Failed = await outbox.FailedAsync();
        Retrying = await outbox.RetryingAsync();
        var runs = (await JobRuns.AllAsync(db)).ToDictionary(r => r.Name);
        Jobs = [.. JobNames.Worker.Select(name => new JobStatus(name, JobLabel(name), runs.GetValueOrDefault(name)))];
        LastBackup = runs.GetValueOrDefault(JobNames.Backup);
        DatabaseBytes = await DatabaseSize.BytesAsync(db);
        Numbers = await fulfilment.ReadAsync();
        Charts = HealthCharts.From(Numbers, await names.CategoriesAsync(), await names.NeighborhoodsAsync(), text);
    }

    public async Task<IActionResult> OnPostSendAgainAsync(long id)
    {
        var count = await outbox.SendAgainAsync(id);
        await LogAsync(count);
        TempData["Notice"] = count == 0
            ? text["That email was not sent again: it is no longer failed, or it may have been delivered already."].Value
            : text["The email goes out again within a minute. If it fails again, it comes back here."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendAllAgainAsync()
    {
        var count = await outbox.SendAgainAsync(null);
        await LogAsync(count);
        TempData["Notice"] = text["{0} failed emails go out again within a minute. Those that may have been delivered are not sent again.", count].Value;
        return RedirectToPage();
    }

    // Like every steward action, in the log; nothing is logged when nothing went back.
    private async Task LogAsync(int count)
    {
        if (count > 0)
        {
            await stewardship.LogAsync(StewardAction.SentEmailsAgain(users.GetUserId(User)!, count));
        }
    }

    public string Duration(TimeSpan? duration) => HealthCharts.Duration(duration, text);

    public string Megabytes(long bytes) => text["{0} MB", (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture)];

    public static string WithoutAddresses(string error) => Addresses.Remove(error);

    private string JobLabel(string name) => name switch
    {
        JobNames.Expiry => text["Closing expired posts and reminding their authors"],
        JobNames.Series => text["Posting the coming dates of repeating posts"],
        JobNames.MatchEmails => text["Emails about new matches"],
        JobNames.Digests => text["Daily digests"],
        JobNames.AccountEmails => text["Account emails"],
        JobNames.ReportAlerts => text["Telling stewards of new reports"],
        JobNames.FailedLogIns => text["Forgetting old failed log-ins"],
        JobNames.SendEmail => text["Sending email"],
        _ => name,
    };
}
