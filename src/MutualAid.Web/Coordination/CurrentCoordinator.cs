using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Coordination;

// Like the steward pages, the coordinator pages ask the database on every request, so a neighbor
// whose role a steward removed loses the pages (and the offline neighbors' details) at once.
public sealed class CurrentCoordinatorRequirement : IAuthorizationRequirement;

public sealed class CurrentCoordinatorHandler(UserManager<Neighbor> users) : AuthorizationHandler<CurrentCoordinatorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentCoordinatorRequirement requirement)
    {
        if (await users.GetUserAsync(context.User) is { IsBlocked: false } neighbor && await users.IsInRoleAsync(neighbor, CoordinatorOptions.Role))
        {
            context.Succeed(requirement);
        }
    }
}
