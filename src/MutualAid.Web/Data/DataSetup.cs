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
            var configured = services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
                ?? "Data Source=App_Data/mutualaid.db";
            var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new DatabaseLocation(AnchorToContentRoot(configured, contentRoot));
        });
        // Contexts come from a pool: a request takes one ready-made instead of building its options,
        // internal services and interceptor list afresh. So the options are built once and every
        // interceptor is a singleton, and nothing may keep a request's state on the context.
        builder.Services.AddDbContextPool<AppDbContext>((services, options) =>
            options.UseSqlite(services.GetRequiredService<DatabaseLocation>().ConnectionString)
                .AddInterceptors([new SqlitePragmas(), .. services.GetServices<IInterceptor>()]));
        // EF's default check opens a new connection outside the pool on every call, which on SQLite
        // reads the whole schema again. A pooled read of the categories, seeded at every start, says
        // the same: the database is there and the app can read it.
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            customTestQuery: (db, cancellationToken) => db.Categories.AnyAsync(cancellationToken));
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
        DatabaseLock.FileOf(app.Services.GetRequiredService<DatabaseLocation>().ConnectionString) is { } file
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

public sealed record DatabaseLocation(string ConnectionString);
