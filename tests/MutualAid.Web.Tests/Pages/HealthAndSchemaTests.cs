using System.Net;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task Every_model_change_has_a_migration()
    {
        await using var app = new MutualAidApp();

        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The model has changes with no migration: run dotnet ef migrations add.");
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
