using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Web.Data;

public static class DataSetup
{
    public const string ConnectionStringName = "MutualAid";

    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        // Read once the app is built, so settings added by a host or a test apply.
        builder.Services.AddSingleton(services =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var provider = configuration.GetValue(DatabaseProviders.SettingName, DatabaseProvider.Sqlite);
            var configured = configuration.GetConnectionString(ConnectionStringName);
            if (provider == DatabaseProvider.Postgres)
            {
                return new DatabaseLocation(configured ?? throw new InvalidOperationException(
                    $"{DatabaseProviders.SettingName} is Postgres: set ConnectionStrings:{ConnectionStringName} to the database's connection string."), provider);
            }

            var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new DatabaseLocation(AnchorToContentRoot(configured ?? "Data Source=App_Data/mutualaid.db", contentRoot));
        });
        // Contexts come from a pool: a request takes one ready-made instead of building its options,
        // internal services and interceptor list afresh. So the options are built once and every
        // interceptor is a singleton, and nothing may keep a request's state on the context.
        builder.Services.AddDbContextPool<AppDbContext>((services, options) =>
        {
            var location = services.GetRequiredService<DatabaseLocation>();
            IInterceptor[] perProvider = location.IsSqlite ? [new SqlitePragmas()] : [];
            options.UseConfiguredProvider(location).AddInterceptors([.. perProvider, .. services.GetServices<IInterceptor>()]);
        });
        // EF's default check opens a new connection outside the pool on every call, which on SQLite
        // reads the whole schema again. A pooled read of the categories, seeded at every start, says
        // the same: the database is there and the app can read it.
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            customTestQuery: (db, cancellationToken) => db.Categories.AnyAsync(cancellationToken));
        builder.Services.AddSingleton<InstanceLocks>();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddScoped<DemoNeighborhoodSeeder>();
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    // Held until the app stops; see DatabaseLock.
    public static IDisposable? HoldDatabaseLock(this WebApplication app) =>
        app.Services.GetRequiredService<DatabaseLocation>().SqliteFile is { } file
            ? DatabaseLock.HoldWhileRunning(file)
            : null;

    // A relative file is placed under the app's content root, so the app finds the same database
    // whichever folder it was started from, and its folder is created on first run.
    private static string AnchorToContentRoot(string connectionString, string contentRoot)
    {
        if (DatabaseLock.FileOf(connectionString) is null)
        {
            return connectionString;
        }

        var csb = new SqliteConnectionStringBuilder(connectionString);

        if (!Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        return csb.ToString();
    }
}

public sealed record DatabaseLocation(string ConnectionString, DatabaseProvider Provider = DatabaseProvider.Sqlite)
{
    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    // The SQLite file, or null for an in-memory database or another provider.
    public string? SqliteFile => IsSqlite ? DatabaseLock.FileOf(ConnectionString) : null;
}
