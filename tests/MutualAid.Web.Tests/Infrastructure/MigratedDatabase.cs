using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Tests.Infrastructure;

// An empty database with every migration applied, made once a run by the app's own migrations,
// for MutualAidApp to copy. The app's start still runs its initializer on the copy (migrations
// found applied, categories and roles seeded), as it does on any existing database.
public static class MigratedDatabase
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Template.Value;

    private static string Create()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mutualaid-tests", $"template-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "migrated.db");
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        using var db = new AppDbContext(options);
        db.Database.Migrate();
        return path;
    }
}
