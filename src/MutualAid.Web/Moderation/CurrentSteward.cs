using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Moderation;

// The steward role travels in the log-in cookie, which outlives a removal or a block. Steward
// pages ask the database instead, so a steward who loses the role loses the pages at once.
public sealed class CurrentStewardRequirement : IAuthorizationRequirement;

public sealed class CurrentStewardHandler(UserManager<Neighbor> users) : AuthorizationHandler<CurrentStewardRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CurrentStewardRequirement requirement)
    {
        if (await users.GetUserAsync(context.User) is { IsBlocked: false } neighbor && await users.IsInRoleAsync(neighbor, StewardOptions.Role))
        {
            context.Succeed(requirement);
        }
    }
}
