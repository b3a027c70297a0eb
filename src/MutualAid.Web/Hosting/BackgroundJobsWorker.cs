using Microsoft.Extensions.Options;
using MutualAid.Web.Email;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Notifications;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Hosting;

// Runs the periodic jobs in order: turn new matches and digests into outbox rows, then send
// what is due. Each job is safe to run in several app instances at once.
public sealed partial class BackgroundJobsWorker(IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<BackgroundJobsOptions> options, ILogger<BackgroundJobsWorker> logger) : BackgroundService
{
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
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            await services.GetRequiredService<ExpiryJob>().RunAsync(cancellationToken);
            await services.GetRequiredService<MatchNotifier>().RunAsync(cancellationToken);
            await services.GetRequiredService<DigestWriter>().RunAsync(cancellationToken);
            await services.GetRequiredService<AccountEmailJob>().RunAsync(cancellationToken);
            await services.GetRequiredService<ReportAlerts>().RunAsync(cancellationToken);
            await services.GetRequiredService<FailedLogIns>().PruneAsync(cancellationToken);
            await services.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogJobFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A background job failed; it runs again at the next tick")]
    private static partial void LogJobFailed(ILogger logger, Exception exception);
}
