using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Hosting;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class HealthAndSchemaTests
{
    [Fact]
    public async Task Healthz_answers_200_when_the_database_is_reachable()
    {
        await using var app = new MutualAidApp();
        var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // Each provider has its own migrations; a model change needs one in each. No database is opened.
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "")]
    [InlineData(DatabaseProvider.Postgres, " -- Postgres")]
    public void Every_model_change_has_a_migration_for_each_provider(DatabaseProvider provider, string toolArguments)
    {
        using var db = new DesignTimeContext().CreateDbContext([provider.ToString()]);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes with no {provider} migration: run dotnet ef migrations add Name --project src/MutualAid.Web{toolArguments}");
    }

    [Fact]
    public void Each_provider_applies_only_its_own_migrations()
    {
        using var sqlite = new DesignTimeContext().CreateDbContext([]);
        using var postgres = new DesignTimeContext().CreateDbContext([nameof(DatabaseProvider.Postgres)]);

        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        var postgresIds = postgres.Database.GetMigrations().ToList();

        // Existing SQLite databases know their migrations by these ids.
        Assert.Equal("20261127055902_InitialCreate", sqliteIds[0]);
        Assert.Contains("20261203061310_DenseCityBrowseIndexes", sqliteIds);
        Assert.NotEmpty(postgresIds);
        Assert.Empty(sqliteIds.Intersect(postgresIds));
    }

    [Fact]
    public async Task Production_seeds_the_categories_only()
    {
        await using var app = new MutualAidApp("Production");
        _ = app.CreateClient();

        var (categories, neighbors, posts) = await app.WithDbAsync(async db =>
            (await db.Categories.CountAsync(), await db.Users.CountAsync(), await db.Posts.CountAsync()));

        Assert.Equal(16, categories);
        Assert.Equal(0, neighbors);
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task Development_seeds_a_living_demo_neighborhood()
    {
        await using var app = new MutualAidApp("Development");
        _ = app.CreateClient();

        var (neighborhoods, neighbors, posts) = await app.WithDbAsync(async db =>
            (await db.Neighborhoods.CountAsync(), await db.Users.CountAsync(), await db.Posts.CountAsync()));

        Assert.InRange(neighborhoods, 3, 6);
        Assert.InRange(neighbors, 35, 45);
        Assert.InRange(posts, 180, 220);
    }
}
