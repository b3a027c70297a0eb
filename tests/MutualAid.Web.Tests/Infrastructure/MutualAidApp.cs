using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Hosting;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Tests.Infrastructure;

// The real app over a real database of its own (a SQLite file, or a PostgreSQL database when the
// run is on PostgreSQL), with a clock the test controls and email written to a folder the test
// reads. One per test, so tests never share state.
public sealed class MutualAidApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    // Identity's PBKDF2 at its default 100,000 rounds costs about 50 ms of CPU a hash, and the suite
    // signs up and logs in thousands of times. Tests check what is done with passwords, not what a
    // guess costs, and a hash records its own rounds, so this changes nothing else. The production
    // environment keeps the default, which PasswordHashCostTests checks.
    private const int TestPasswordRounds = 1_000;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mutualaid-tests", Guid.NewGuid().ToString("N"));
    private readonly string environmentName;
    private readonly Dictionary<string, string?> extraSettings;
    private readonly Action<IServiceCollection>? extraServices;

    public MutualAidApp(string environmentName = "Testing", Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        this.environmentName = environmentName;
        extraSettings = settings ?? [];
        extraServices = services;
        Directory.CreateDirectory(folder);
    }

    public string DatabasePath => Path.Combine(folder, "test.db");

    private string PostgresName => "test_" + Path.GetFileName(folder);

    // Unless a test gave one (TestDatabase.SharedAcrossRestarts), the app's own database.
    private bool OwnDatabase => !extraSettings.ContainsKey("ConnectionStrings:MutualAid");

    public string ConnectionString => extraSettings.GetValueOrDefault("ConnectionStrings:MutualAid")
        ?? (TestDatabase.IsPostgres ? TestDatabase.PostgresDatabase(PostgresName) : $"Data Source={DatabasePath};Pooling=False");

    public FakeTimeProvider Clock { get; } = new(StartTime);
    public string MailFolder => Path.Combine(folder, "mail");
    public Mailbox Mail => new(MailFolder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environmentName);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:MutualAid"] = ConnectionString,
            ["Database:Provider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
            ["Email:PickupDirectory"] = MailFolder,
            ["Email:Smtp:Host"] = "",
            ["Map:TileUrl"] = "http://127.0.0.1:9/{z}/{x}/{y}.png",
            ["Logging:LogLevel:Default"] = "Warning",
            ["BackgroundJobs:Enabled"] = "false",
            ["RateLimits:LogInsPerAddressPerMinute"] = "1000",
            ["MutualAid:NewAccountHours"] = "0",
            ["RateLimits:PostsPerNeighborPerHour"] = "1000",
            ["RateLimits:AnswersPerNeighborPerHour"] = "1000",
            ["RateLimits:EditsPerNeighborPerHour"] = "10000",
            ["RateLimits:ReportsPerNeighborPerDay"] = "10000",
            ["RateLimits:ThanksPerNeighborPerHour"] = "10000",
            ["RateLimits:RenewalsPerNeighborPerHour"] = "10000",
            ["RateLimits:BlocksPerNeighborPerHour"] = "10000",
            ["RateLimits:OtherChangesPerNeighborPerHour"] = "10000",
            ["RateLimits:MessagesPerNeighborPerHour"] = "10000",
            ["App:PublicUrl"] = "https://mutualaid.example",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            // Each test's fresh key ring warns that keys are unencrypted at rest, which drowns the log.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        }).AddInMemoryCollection(extraSettings));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (environmentName != "Production")
            {
                services.Configure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordRounds);
            }

            extraServices?.Invoke(services);
        });
    }

    // A fresh database starts as a copy of one migrated once for the whole run: applying every
    // migration took a large part of a short test. A test that wrote the file itself before the app
    // started (an older schema, a generated city) keeps its own.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (TestDatabase.IsPostgres)
        {
            if (OwnDatabase)
            {
                MigratedDatabase.CopyPostgres(PostgresName);
            }
        }
        else if (!File.Exists(DatabasePath))
        {
            File.Copy(MigratedDatabase.Path, DatabasePath);
        }

        return base.CreateHost(builder);
    }

    // HTTPS, as in production: cookies are Secure outside Development.
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    // Runs the background jobs once, as the worker would at its next tick.
    public async Task DeliverEmailAsync()
    {
        var worker = Services.GetServices<IHostedService>().OfType<BackgroundJobsWorker>().Single();
        await worker.RunOnceAsync(CancellationToken.None);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<Neighbor> AddNeighborAsync(string email, string displayName, GeoPoint? home = null, string password = TestData.Password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Neighbor>>();
        // A neighbor who has logged in before: the first log-in's steps are for accounts made by signing up.
        var now = Clock.GetUtcNow().UtcDateTime;
        var neighbor = new Neighbor { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAt = now, FirstLoggedInAt = now };
        if (home is { } point)
        {
            neighbor.MoveHome(point, null);
        }

        var result = await users.CreateAsync(neighbor, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return neighbor;
    }

    public async Task MakeStewardAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Neighbor>>();
        var result = await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Web.Moderation.StewardOptions.Role);
        Assert.True(result.Succeeded);
    }

    public async Task<HttpClient> SignedInClientAsync(string email, string password = TestData.Password)
    {
        var client = CreateBrowserClient();
        var page = await client.GetPageAsync("/Identity/Account/Login");
        var response = await client.SubmitAsync(page, "main form[method=post]", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (TestDatabase.IsPostgres && OwnDatabase)
        {
            TestDatabase.DropPostgresDatabase(PostgresName);
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request is cleaned up with the temp folder.
        }
    }
}
