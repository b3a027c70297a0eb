using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Hosting;

namespace MutualAid.Web.Tests.Infrastructure;

// A site on a SQLite file, whatever the run's provider, and `move-from-sqlite` taking it into a new
// PostgreSQL database, as a host would.
public sealed class MovedSite
{
    private readonly string folder = Directory.CreateTempSubdirectory("mutualaid-move-").FullName;

    public string SqliteFile => Path.Combine(folder, "site.db");

    public Dictionary<string, string?> OnSqlite => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:MutualAid"] = $"Data Source={SqliteFile};Pooling=False",
    };

    // What a host makes with createdb: a database with no tables. Left for the end of the run.
    public static Dictionary<string, string?> OnNewPostgresDatabase()
    {
        var name = $"moved_{Guid.NewGuid():N}";
        TestDatabase.OnServer($"CREATE DATABASE \"{name}\";");
        return new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:MutualAid"] = TestDatabase.PostgresDatabase(name) };
    }

    public Task<(int ExitCode, string Output)> MoveIntoAsync(MutualAidApp target) =>
        HostCommands.RunAsync(HostCommands.On(target, "Production", "move-from-sqlite", SqliteFile));

    // The SQLite file as an older version left it: every migration but the last.
    public void MigrateAllButTheLast()
    {
        var app = MutualAidApplication.Build(["--Database:Provider", "Sqlite", "--ConnectionStrings:MutualAid", OnSqlite["ConnectionStrings:MutualAid"]!]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var migrations = db.Database.GetMigrations().ToList();
        db.GetService<IMigrator>().Migrate(migrations[^2]);
    }
}
