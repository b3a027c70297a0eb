using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Data;

public sealed partial class DatabaseInitializer(AppDbContext db, IHostEnvironment environment, DemoNeighborhoodSeeder demo,
    RoleManager<IdentityRole> roles, UserManager<Neighbor> users, IOptions<StewardOptions> stewards,
    InstanceLocks locks, ILogger<DatabaseInitializer> logger)
{
    // Instances started together take turns: EF's own migration lock covers the migrations, not
    // the seeding after them, and two instances seeding an empty database would each add the
    // categories and the steward role.
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var turn = await locks.TakeAsync("start-up", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Kept in the file: readers no longer wait for a writer, nor a writer for readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);

            // Keeps the query planner's statistics fresh, so searches use the indexes meant for them.
            // (PostgreSQL's autovacuum does this by itself.)
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken);
        }

        await SeedCategoriesAsync(cancellationToken);
        await EnsureStewardsAsync();
        if (environment.IsDevelopment())
        {
            await demo.SeedAsync(cancellationToken);
            if (await users.FindByEmailAsync("neighbor01@example.org") is { } steward && !await users.IsInRoleAsync(steward, StewardOptions.Role))
            {
                await users.AddToRoleAsync(steward, StewardOptions.Role);
            }
        }
    }

    private async Task EnsureStewardsAsync()
    {
        if (!await roles.RoleExistsAsync(StewardOptions.Role))
        {
            await roles.CreateAsync(new IdentityRole(StewardOptions.Role));
        }

        // Only a confirmed address carries the role; an older version granted it at sign-up.
        foreach (var holder in await users.GetUsersInRoleAsync(StewardOptions.Role))
        {
            if (!holder.EmailConfirmed)
            {
                await users.RemoveFromRoleAsync(holder, StewardOptions.Role);
            }
        }

        foreach (var email in stewards.Value.Stewards)
        {
            if (await users.FindByEmailAsync(email.Trim()) is { EmailConfirmed: true } neighbor && !await users.IsInRoleAsync(neighbor, StewardOptions.Role))
            {
                await users.AddToRoleAsync(neighbor, StewardOptions.Role);
            }
        }

        if (environment.IsProduction() && (await users.GetUsersInRoleAsync(StewardOptions.Role)).Count == 0)
        {
            LogNoSteward(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "There is no steward yet. Once a neighbor has signed up and confirmed their email, "
        + "run `MutualAid.Web make-steward EMAIL` (or list the address in MutualAid:Stewards).")]
    private static partial void LogNoSteward(ILogger logger);

    private async Task SeedCategoriesAsync(CancellationToken cancellationToken)
    {
        if (await db.Categories.AnyAsync(cancellationToken))
        {
            return;
        }

        for (var index = 0; index < Category.Seeds.Count; index++)
        {
            db.Categories.Add(Category.Seeded(index));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
