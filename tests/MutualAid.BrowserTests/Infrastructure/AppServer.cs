using System.Globalization;
using System.Net;

namespace MutualAid.BrowserTests.Infrastructure;

// The app as built, run for real on Kestrel at 127.0.0.1 on a free port, with a SQLite file of
// its own, background jobs every second and its email sent to the shared SMTP server. One per
// test, so the first neighbor to confirm their address in a test is that app's first account
// and a steward. An app with the usual settings was started while the previous test ran
// (SpareApp); one with settings of its own starts when asked.
public sealed class AppServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static int started;

    private readonly ChildProcess process;
    private readonly string folder;

    private AppServer(ChildProcess process, string folder, Uri baseUrl)
    {
        this.process = process;
        this.folder = folder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    // The app's own database, for the one thing a test cannot wait for: weeks going by.
    public string DatabasePath => Path.Combine(folder, "app.db");

    public string LogTail => process.Tail;

    // Settings beyond the usual ones (a place search's address, say) come in `settings`, as
    // environment variables are named (Geocoding__Url).
    public static Task<AppServer> StartAsync(MailServer mail, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settings = null) =>
        settings is null ? SpareApp.TakeAsync(mail, cancellationToken) : LaunchAsync(mail, settings, cancellationToken);

    internal static async Task<AppServer> LaunchAsync(MailServer mail, IReadOnlyDictionary<string, string>? settings,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(Paths.WebAppDll))
        {
            throw new InvalidOperationException($"The app is not built: {Paths.WebAppDll} is missing. Build the solution first (scripts/test.sh does).");
        }

        var port = FreePort.Next();
        var url = $"https://127.0.0.1:{port}";
        var folder = Directory.CreateTempSubdirectory("mutualaid-browser-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__MutualAid"] = $"Data Source={Path.Combine(folder, "app.db")}",
            ["App__PublicUrl"] = url,
            ["BackgroundJobs__Interval"] = "00:00:01",
            // No tile server is reachable; the browser contexts answer these with a test tile.
            ["Map__TileUrl"] = $"{url}/test-tiles/{{z}}/{{x}}/{{y}}.png",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email__Smtp__AllowPlainText"] = "true",
            ["Email__PickupDirectory"] = Path.Combine(folder, "mail"),
            ["MutualAid__NewAccountHours"] = "0",
            // Other devices are logged out at their next request, not a minute later.
            ["MutualAid__SessionCheckInterval"] = "00:00:00",
            ["RateLimits__LogInsPerAddressPerMinute"] = "10000",
            ["RateLimits__PostsPerNeighborPerHour"] = "10000",
            ["RateLimits__AnswersPerNeighborPerHour"] = "10000",
            ["RateLimits__EditsPerNeighborPerHour"] = "10000",
            ["RateLimits__ReportsPerNeighborPerDay"] = "10000",
            ["RateLimits__ThanksPerNeighborPerHour"] = "10000",
            ["RateLimits__RenewalsPerNeighborPerHour"] = "10000",
            ["RateLimits__BlocksPerNeighborPerHour"] = "10000",
            ["RateLimits__OtherChangesPerNeighborPerHour"] = "10000",
            ["Kestrel__Certificates__Default__Path"] = TestCertificate.Path,
            ["Kestrel__Certificates__Default__Password"] = TestCertificate.Password,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var copied = MigratedTemplate.TryCopyTo(Path.Combine(folder, "app.db"));
        var name = $"app-{Interlocked.Increment(ref started)}-{port}";
        var process = ChildProcess.Start(name, Paths.Dotnet, [Paths.WebAppDll, "--urls", url], Paths.WebAppDirectory, environment);
        var app = new AppServer(process, folder, new Uri(url + "/"));
        try
        {
            await app.WaitUntilHealthyAsync(cancellationToken);
            if (!copied)
            {
                MigratedTemplate.KeepFrom(app.DatabasePath);
            }

            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TestCertificate.IsOurs(certificate) };
        using var client = new HttpClient(handler) { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        HttpStatusCode? last = null;
        await Wait.ForAsync(async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped while starting. Its last output:\n{process.Tail}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative), cancellationToken);
                last = response.StatusCode;
                return response.StatusCode == HttpStatusCode.OK ? "healthy" : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }, StartLimit, () => $"The app did not answer GET /healthz with 200 within {StartLimit.TotalSeconds} s "
            + $"(last answer: {last?.ToString() ?? "none"}). Its last output:\n{process.Tail}");
    }
}
