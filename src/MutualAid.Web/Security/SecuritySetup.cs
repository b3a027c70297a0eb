using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MutualAid.Web.Security;

public static class SecuritySetup
{
    public const string LogInPolicy = "log-in";

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Account forms are counted per address, whatever they are sent to.
        builder.Services.AddRateLimiter(options =>
        {
            // An empty 429 is shown as the friendly status page.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LogInPolicy, context =>
                Limit(context, AddressKey(context), Limits(context).LogInsPerAddressPerMinute, TimeSpan.FromMinutes(1)));
        });
        // A neighbor's actions are counted per handler, after Razor Pages has chosen it.
        builder.Services.AddSingleton<SharedRateLimits>();
        builder.Services.AddSingleton<HandlerRateLimits>();
        builder.Services.Configure<MvcOptions>(options => options.Filters.AddService<HandlerRateLimits>());
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    // With several instances, account forms are also counted in the database, across all of them
    // (SharedRateLimits); each instance's own count above can only be lower. Placed after
    // UseRateLimiter, where the endpoint and its policy are known.
    public static IApplicationBuilder UseSharedRateLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var shared = context.RequestServices.GetRequiredService<SharedRateLimits>();
            if (shared.AreOn && HttpMethods.IsPost(context.Request.Method)
                && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == LogInPolicy
                && !await shared.TryTakeAsync("log-in:" + AddressKey(context), Limits(context).LogInsPerAddressPerMinute, TimeSpan.FromMinutes(1),
                    context.RequestAborted))
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return;
            }

            await next(context);
        });

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    // Only POSTs count: reading a form is free, sending one is limited.
    private static RateLimitPartition<string> Limit(HttpContext context, string key, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("reads");

    private static string AddressKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
