using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MutualAid.Web.Data;

// SQLite, one file beside the app, is the default; PostgreSQL is for a host who outgrows one
// process. Both read the one model; each has its own migrations, found by namespace
// (docs/decisions: PostgreSQL provider).
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    public const string SettingName = "Database:Provider";
    public const string SqliteMigrations = "MutualAid.Web.Data.Migrations";
    public const string PostgresMigrations = "MutualAid.Web.Data.Postgres.Migrations";

    public static DbContextOptionsBuilder UseConfiguredProvider(this DbContextOptionsBuilder options, DatabaseLocation location) =>
        (location.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(location.ConnectionString),
            _ => options.UseSqlite(location.ConnectionString),
        }).ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();

    public static string MigrationsNamespace(this DatabaseFacade database) =>
        database.IsNpgsql() ? PostgresMigrations : SqliteMigrations;
}
