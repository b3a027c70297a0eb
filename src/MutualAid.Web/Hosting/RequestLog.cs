using System.Diagnostics;

namespace MutualAid.Web.Hosting;

// One log line per request: method, the page it reached, status and duration. The page is named
// by its route, never by the address as typed, and the query string is left out: addresses and
// queries can carry search words, map coordinates, email links' tokens or whatever a visitor typed.
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var page = context.GetEndpoint()?.DisplayName ?? "(no page)";
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, page, context.Response.StatusCode, milliseconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Page} answered {Status} in {DurationMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string page, int status, double durationMs);
}
