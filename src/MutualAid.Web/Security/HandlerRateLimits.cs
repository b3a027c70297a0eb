using System.Reflection;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MutualAid.Web.Security;

// Counts every [RateLimited] page handler per neighbor (per address for a visitor who is not
// logged in) and answers 429, shown as the "too many tries" page, once the allowance is spent.
// It counts after Razor Pages has chosen the handler: a limit that read the address itself could
// be stepped around by spelling the handler's name another way (any case, a second "handler").
public sealed partial class HandlerRateLimits : IAsyncPageFilter, IDisposable
{
    private readonly PartitionedRateLimiter<(LimitedAction Action, string Key)> limiter;
    private readonly ILogger<HandlerRateLimits> logger;
    private readonly IOptions<RateLimitOptions> options;
    private readonly SharedRateLimits shared;

    public HandlerRateLimits(IOptions<RateLimitOptions> options, SharedRateLimits shared, ILogger<HandlerRateLimits> logger)
    {
        this.logger = logger;
        this.options = options;
        this.shared = shared;
        limiter = PartitionedRateLimiter.Create<(LimitedAction Action, string Key), (LimitedAction, string)>(resource =>
            RateLimitPartition.GetFixedWindowLimiter(resource, counted =>
            {
                var (permits, window) = options.Value.For(counted.Item1);
                return new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 };
            }));
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<RateLimitedAttribute>() is { } counted)
        {
            if (!await TryTakeAsync(counted.Action, Key(context.HttpContext), context.HttpContext.RequestAborted))
            {
                LogLimitReached(logger, counted.Action);
                context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }
        }

        await next();
    }

    public void Dispose() => limiter.Dispose();

    // In memory with one instance; in the database, counted across instances, with several.
    private async Task<bool> TryTakeAsync(LimitedAction action, string key, CancellationToken cancellationToken)
    {
        if (shared.AreOn)
        {
            var (permits, window) = options.Value.For(action);
            return await shared.TryTakeAsync($"{action}:{key}", permits, window, cancellationToken);
        }

        using var lease = limiter.AttemptAcquire((action, key));
        return lease.IsAcquired;
    }

    private static string Key(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Information, Message = "A neighbor reached the limit for {Action}")]
    private static partial void LogLimitReached(ILogger logger, LimitedAction action);
}
