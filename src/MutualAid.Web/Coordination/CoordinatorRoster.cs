using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Coordination;

// Stewards name coordinators and remove them; both go in the steward log. Each returns why it was
// refused, or null when done.
public sealed class CoordinatorRoster(AppDbContext db, UserManager<Neighbor> users, RoleManager<IdentityRole> roles, TimeProvider clock,
    IStringLocalizer<CoordinatorRoster> text)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<bool> IsCoordinatorAsync(Neighbor neighbor) => users.IsInRoleAsync(neighbor, CoordinatorOptions.Role);

    public async Task<string?> NameAsync(string stewardId, Neighbor neighbor, string reason)
    {
        if (neighbor.IsBlocked)
        {
            return text["{0}'s account is blocked. Unblock it first.", neighbor.DisplayName];
        }

        if (await IsCoordinatorAsync(neighbor))
        {
            return text["{0} is already a coordinator.", neighbor.DisplayName];
        }

        if (!await roles.RoleExistsAsync(CoordinatorOptions.Role))
        {
            await roles.CreateAsync(new IdentityRole(CoordinatorOptions.Role));
        }

        await users.AddToRoleAsync(neighbor, CoordinatorOptions.Role);
        db.StewardActions.Add(StewardAction.NamedCoordinator(stewardId, neighbor, reason).At(Now));
        await db.SaveChangesAsync();
        return null;
    }

    // The neighbors they looked after are not lost: they wait, unassigned, for another coordinator
    // to take them over. Their posts stay where they are until then.
    public async Task<string?> RemoveAsync(string stewardId, Neighbor coordinator, string reason)
    {
        if (!await IsCoordinatorAsync(coordinator))
        {
            return text["{0} is not a coordinator.", coordinator.DisplayName];
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemoveFromRoleAsync(coordinator, CoordinatorOptions.Role);
        await UnassignAsync(coordinator.Id);
        db.StewardActions.Add(StewardAction.RemovedCoordinator(stewardId, coordinator, reason).At(Now));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    public Task UnassignAsync(string coordinatorId, CancellationToken cancellationToken = default) =>
        db.OfflineNeighbors.Where(o => o.CoordinatorId == coordinatorId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.CoordinatorId, (string?)null), cancellationToken);
}
