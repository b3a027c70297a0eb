using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Health;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Notifications;
using MutualAid.Web.Posts;
using MutualAid.Web.Series;

namespace MutualAid.Web.Hosting;

// Runs the periodic jobs in order: turn new matches and digests into outbox rows, then send
// what is due. With several app instances over one database, each job but the sending runs in one
// instance at a time, under a lock held in the database (InstanceLocks): an instance that finds it
// taken leaves that job to the holder for this tick. Every instance sends email, since each row is
// claimed by itself (OutboxSender). Each job runs in a scope of its own and its run is recorded for
// the stewards' health page; one failing job does not keep the others, above all the sending of
// email, from running.
public sealed partial class BackgroundJobsWorker(IServiceScopeFactory scopes, JobRuns runs, InstanceLocks locks, TimeProvider clock,
    IOptions<BackgroundJobsOptions> options, ILogger<BackgroundJobsWorker> logger) : BackgroundService
{
    private static readonly (string Name, Func<IServiceProvider, CancellationToken, Task> Run)[] Jobs =
    [
        (JobNames.Expiry, (s, c) => s.GetRequiredService<ExpiryJob>().RunAsync(c)),
        (JobNames.Series, (s, c) => s.GetRequiredService<SeriesJob>().RunAsync(c)),
        (JobNames.MatchEmails, (s, c) => s.GetRequiredService<MatchNotifier>().RunAsync(c)),
        (JobNames.Digests, (s, c) => s.GetRequiredService<DigestWriter>().RunAsync(c)),
        (JobNames.AccountEmails, (s, c) => s.GetRequiredService<AccountEmailJob>().RunAsync(c)),
        (JobNames.ReportAlerts, (s, c) => s.GetRequiredService<ReportAlerts>().RunAsync(c)),
        (JobNames.FailedLogIns, (s, c) => s.GetRequiredService<FailedLogIns>().PruneAsync(c)),
        (JobNames.SendEmail, (s, c) => s.GetRequiredService<OutboxSender>().SendDueAsync(c)),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, run) in Jobs)
        {
            string? error = null;
            try
            {
                await using var held = name == JobNames.SendEmail ? null : await locks.TryTakeAsync("job:" + name, cancellationToken);
                if (name != JobNames.SendEmail && held is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                await run(scope.ServiceProvider, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogJobFailed(logger, name, e);
                error = e.Message;
            }

            await RecordAsync(name, error, cancellationToken);
        }
    }

    private async Task RecordAsync(string name, string? error, CancellationToken cancellationToken)
    {
        try
        {
            await runs.RecordAsync(name, error, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRecordFailed(logger, name, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The background job {Job} failed; it runs again at the next tick")]
    private static partial void LogJobFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The run of background job {Job} could not be recorded")]
    private static partial void LogRecordFailed(ILogger logger, string job, Exception exception);
}
