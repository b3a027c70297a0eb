using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Moderation;

namespace MutualAid.Web.Hosting.Commands;

// `check`: what a host should fix before neighbors meet it, each said as a plain sentence.
// It changes nothing; it exits 1 when anything needs fixing.
public static partial class SettingsCheck
{
    public static async Task<int> RunAsync(IServiceProvider services, string operand, TextWriter output)
    {
        var report = new CheckReport(output);
        var production = services.GetRequiredService<IHostEnvironment>().IsProduction();
        if (!ValidateSettings(services, report))
        {
            return report.ExitCode;
        }

        var zone = services.GetRequiredService<SiteTimeZone>();
        report.Fine($"Dates are shown in {zone.Zone.Id}: it is now {zone.ToLocal(DateTime.UtcNow):yyyy-MM-dd HH:mm} there (App:TimeZone).");
        CheckPublicUrl(services, report, production);
        CheckTiles(services, report, production);
        await CheckDatabaseAsync(services, report, production);
        await CheckMailAsync(services, report, production);
        CheckProxies(services, report, production);
        return report.ExitCode;
    }

    private static bool ValidateSettings(IServiceProvider services, CheckReport report)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            report.Fine("The settings are valid.");
            return true;
        }
        // Several options that fail together come as one AggregateException; each is told.
        catch (Exception invalid) when (invalid is OptionsValidationException or AggregateException)
        {
            var problems = invalid is AggregateException many ? many.Flatten().InnerExceptions : [invalid];
            foreach (var failure in problems.SelectMany(p => p is OptionsValidationException options ? options.Failures : [p.Message]))
            {
                report.Fix(ValidationWording().Match(failure) is { Success: true } wording ? wording.Groups["message"].Value : failure);
            }

            return false;
        }
    }

    // Data annotations wrap each message in "DataAnnotation validation failed for 'X' members: 'Y'
    // with the error: '...'."; a host needs only the message.
    [GeneratedRegex("with the error: '(?<message>.*)'\\.?$")]
    private static partial Regex ValidationWording();

    private static void CheckPublicUrl(IServiceProvider services, CheckReport report, bool production)
    {
        var url = services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.PublicUrl;
        if (production && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            report.Fix($"App:PublicUrl is {url}: links in emails must start with https:// in production.");
            return;
        }

        report.Fine($"Links in emails point to {url}.");
    }

    private static void CheckTiles(IServiceProvider services, CheckReport report, bool production)
    {
        var tiles = services.GetRequiredService<IOptions<MapOptions>>().Value.TileUrl;
        if (!(tiles.Contains("{z}") && tiles.Contains("{x}") && tiles.Contains("{y}")))
        {
            report.Fix($"Map:TileUrl is {tiles}: it needs {{z}}, {{x}} and {{y}} where the tile's zoom and position go.");
        }
        else if (production && !tiles.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            report.Fix($"Map:TileUrl is {tiles}: browsers refuse plain-HTTP images on an HTTPS page, so the map would stay blank. Use an https:// tile server.");
        }
        else
        {
            report.Fine($"Map tiles come from {tiles}.");
        }
    }

    private static async Task CheckDatabaseAsync(IServiceProvider services, CheckReport report, bool production)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        if (pending > 0)
        {
            report.Fine($"The database is reachable; the site applies {pending} update(s) to it when it starts.");
            return;
        }

        report.Fine("The database is reachable and up to date.");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Neighbors.Neighbor>>();
        if (production && (await users.GetUsersInRoleAsync(StewardOptions.Role)).Count == 0)
        {
            report.Fix("There is no steward yet. Once a neighbor has signed up and confirmed their email, run: MutualAid.Web make-steward EMAIL");
        }
    }

    private static async Task CheckMailAsync(IServiceProvider services, CheckReport report, bool production)
    {
        var smtp = services.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp;
        var transport = services.GetRequiredService<MailTransport>();
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            var where = $"Email:Smtp:Host is empty: emails are written as files to {transport.PickupDirectory} and never sent.";
            if (production)
            {
                report.Fix(where);
            }
            else
            {
                report.Fine(where);
            }

            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await using var session = await transport.OpenAsync(timeout.Token);
            report.Fine($"The mail server {smtp.Host}:{smtp.Port} answered{(smtp.PlainText ? " (without TLS, as allowed)" : " over TLS")}.");
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            report.Fix($"The mail server {smtp.Host}:{smtp.Port} could not be used: {failure.Message}");
        }
    }

    private static void CheckProxies(IServiceProvider services, CheckReport report, bool production)
    {
        var proxies = services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (!production || proxies.KnownProxies.Count > 0 || proxies.KnownNetworks.Count > 0)
        {
            return;
        }

        // Over plain HTTP every page but /healthz answers that the site needs HTTPS (PlainHttpNotice),
        // so an address other machines reach without a proxy here is a site nobody can use.
        var exposed = ListeningUrls(services.GetRequiredService<IConfiguration>()).Where(IsPlainHttpForOtherMachines).ToList();
        if (exposed.Count > 0)
        {
            report.Fix($"The site listens on {string.Join(", ", exposed)} over plain HTTP, and no proxy is trusted: every visitor who reaches it there "
                + "gets a page saying the site needs HTTPS. Listen on 127.0.0.1 behind Caddy or nginx on this machine (deploy/), "
                + "or list the proxy that serves HTTPS in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks.");
            return;
        }

        report.Fine("Forwarded headers are trusted from a proxy on this machine only. A proxy on another machine must be listed in ForwardedHeaders:KnownProxies, or every page answers that it needs HTTPS.");
    }

    // The addresses the site would listen on: --urls or ASPNETCORE_URLS, and Kestrel's endpoints.
    private static IEnumerable<string> ListeningUrls(IConfiguration configuration) =>
        (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>());

    private static bool IsPlainHttpForOtherMachines(string url)
    {
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var host = url["http://".Length..].Split('/')[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return !(host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address)));
    }
}
