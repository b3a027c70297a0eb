using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Data;

public sealed class DatabaseInitializer(AppDbContext db, IHostEnvironment environment, DemoNeighborhoodSeeder demo)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);

        // Keeps the query planner's statistics fresh, so searches use the indexes meant for them.
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        await SeedCategoriesAsync(cancellationToken);
        if (environment.IsDevelopment())
        {
            await demo.SeedAsync(cancellationToken);
        }
    }

    private async Task SeedCategoriesAsync(CancellationToken cancellationToken)
    {
        if (await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var name in Category.SeedNames)
        {
            db.Categories.Add(new Category { Name = name, SortOrder = order++ });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
