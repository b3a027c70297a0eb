using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Security;

// A role travels in the log-in cookie, which outlives a removal or a block. The steward and
// coordinator pages ask the database instead, so a neighbor who loses the role (or is blocked)
// loses the pages at once. Met when the neighbor holds any one of the roles.
public sealed class CurrentRoleRequirement(params string[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

public sealed class CurrentRoleHandler(UserManager<Neighbor> users) : AuthorizationHandler<CurrentRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentRoleRequirement requirement)
    {
        if (await users.GetUserAsync(context.User) is not { IsBlocked: false } neighbor)
        {
            return;
        }

        foreach (var role in requirement.Roles)
        {
            if (await users.IsInRoleAsync(neighbor, role))
            {
                context.Succeed(requirement);
                return;
            }
        }
    }
}
