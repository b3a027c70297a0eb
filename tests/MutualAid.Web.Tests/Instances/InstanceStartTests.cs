using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Instances;

// The race: a host starts two instances at once on a new, empty database. Both would migrate it
// and both would seed it: the categories twice, or a start that fails on the second role.
public class InstanceStartTests
{
    [PostgresOnlyFact]
    public async Task Two_instances_started_at_once_on_an_empty_database_migrate_and_seed_it_once()
    {
        var name = $"empty_{Guid.NewGuid():N}";
        TestDatabase.OnServer($"CREATE DATABASE \"{name}\";");
        try
        {
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:MutualAid"] = TestDatabase.PostgresDatabase(name) };
            await using var a = new MutualAidApp(settings: settings);
            await using var b = new MutualAidApp(settings: new(settings));

            await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));

            Assert.Equal(Category.Seeds.Count, await a.WithDbAsync(db => db.Categories.CountAsync()));
            Assert.Equal(1, await a.WithDbAsync(db => db.Roles.CountAsync(r => r.Name == StewardOptions.Role)));
            var migrations = await a.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().Count()));
            Assert.Equal(migrations, await a.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).Count()));
            Assert.True((await a.CreateBrowserClient().GetPageAsync("/")).Response.IsSuccessStatusCode);
            Assert.True((await b.CreateBrowserClient().GetPageAsync("/")).Response.IsSuccessStatusCode);
        }
        finally
        {
            TestDatabase.DropPostgresDatabase(name);
        }
    }
}
