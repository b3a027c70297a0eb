using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Hosting;

namespace MutualAid.Web.Tests.Infrastructure;

// An empty database with every migration applied, made once a run by the app's own migrations,
// for MutualAidApp to copy: a SQLite file, or a PostgreSQL database used as a template. The app's
// start still runs its initializer on the copy (migrations found applied, categories and roles
// seeded), as it does on any existing database.
public static class MigratedDatabase
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    // The SQLite file, or the PostgreSQL template database's name.
    public static string Path => Template.Value;

    private static string Create() => TestDatabase.IsPostgres ? CreatePostgres() : CreateSqlite();

    private static string CreateSqlite()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mutualaid-tests", $"template-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "migrated.db");
        Migrate(new DatabaseLocation($"Data Source={path};Pooling=False"));
        return path;
    }

    // Never dropped: the cluster lives as long as the run.
    private static string CreatePostgres()
    {
        var name = $"template_{Guid.NewGuid():N}";
        TestDatabase.OnServer($"CREATE DATABASE \"{name}\";");
        Migrate(new DatabaseLocation(TestDatabase.PostgresDatabase(name) + ";Pooling=False", DatabaseProvider.Postgres));
        return name;
    }

    // Through the app's own services: its Identity options shape the model too.
    private static void Migrate(DatabaseLocation location)
    {
        var app = MutualAidApplication.Build(["--Database:Provider", location.Provider.ToString(), "--ConnectionStrings:MutualAid", location.ConnectionString]);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
    }

    // A fresh PostgreSQL database for one app, copied from the template.
    public static void CopyPostgres(string name) =>
        TestDatabase.OnServer($"CREATE DATABASE \"{name}\" TEMPLATE \"{Path}\";");
}
