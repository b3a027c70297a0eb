using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using MutualAid.Web.Data;

namespace MutualAid.Web.Hosting;

// Browse, the map and a post's page look the same to every signed-out visitor who reads the same
// language, so they are rendered once and kept in memory for a short while. A signed-in neighbor
// never reads or writes these copies: their pages measure from their home and leave out whom they
// blocked. Any change to what the pages show evicts them all (SignedOutPageEviction).
// See docs/decisions: signed-out page cache.
public static class SignedOutPages
{
    public const string Policy = "SignedOutPages";
    internal const string Tag = "signed-out-pages";

    // Bounds how stale a copy can be where nothing was written: a post's expiry, "3 minutes ago",
    // and a change made through another instance whose notice was lost (SignedOutPagesAcrossInstances).
    internal static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static WebApplicationBuilder AddSignedOutPageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SignedOutPageEviction>();
        builder.Services.AddHostedService<SignedOutPagesAcrossInstances>();
        builder.Services.AddSingleton<ITempDataProvider>(services =>
            new QuietTempDataProvider(ActivatorUtilities.CreateInstance<CookieTempDataProvider>(services),
                services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
        builder.Services.AddOutputCache(options =>
        {
            // Every query string is a copy of its own, so a stranger's made-up addresses only ever
            // push older copies out of a bounded store.
            options.SizeLimit = 32 * 1024 * 1024;
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(Policy, new SignedOutPagePolicy());
        });
        builder.Services.ConfigureDbContext<AppDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<SignedOutPageEviction>()));
        return builder;
    }

    private sealed class SignedOutPagePolicy : IOutputCachePolicy
    {
        private const string GenerationAtStart = "SignedOutPages.Generation";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var http = context.HttpContext;
            var shared = IsSharedRequest(http);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = shared;
            context.AllowCacheStorage = shared;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.Tags.Add(Tag);

            var vary = context.CacheVaryByRules.VaryByValues;
            vary["query"] = http.Request.QueryString.Value ?? "";
            var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture;
            vary["culture"] = $"{culture?.UICulture.Name}|{culture?.Culture.Name}";
            // The app's clock, not the cache's: a copy from an earlier slot is never read again.
            var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            vary["slot"] = (now.UtcTicks / Lifetime.Ticks).ToString(CultureInfo.InvariantCulture);
            http.Items[GenerationAtStart] = http.RequestServices.GetRequiredService<SignedOutPageEviction>().Generation;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
        {
            var http = context.HttpContext;
            var response = http.Response;
            // A change saved while this page was being read may have been evicted before this copy
            // was made: the copy could show what the change removed, so it is not kept.
            var changedMeanwhile = http.Items[GenerationAtStart] is not long atStart
                || http.RequestServices.GetRequiredService<SignedOutPageEviction>().Generation != atStart;
            if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie) || changedMeanwhile)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        // Only a signed-out GET or HEAD with no one-time notice waiting for it (a notice travels in
        // the TempData cookie, and the page that shows it also clears it).
        private static bool IsSharedRequest(HttpContext http)
        {
            var request = http.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                return false;
            }

            if (http.User.Identity?.IsAuthenticated == true || !StringValues.IsNullOrEmpty(request.Headers.Authorization))
            {
                return false;
            }

            var noticeCookie = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!;
            return !request.Cookies.Keys.Any(name => name.StartsWith(noticeCookie, StringComparison.Ordinal));
        }
    }
}
