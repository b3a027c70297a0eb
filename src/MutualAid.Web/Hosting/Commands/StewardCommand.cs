using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Hosting.Commands;

// `make-steward EMAIL`: how a host names the first steward of a new site (no one becomes one by
// signing up first in production), or another one later. Logged like a steward naming a steward.
public static class StewardCommand
{
    public static async Task<int> MakeStewardAsync(IServiceProvider services, string email, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            output.WriteLine("The database is not set up yet. Start the site once, sign up with that email and confirm it, then run this again.");
            return HostCommand.Failed;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<Neighbor>>();
        var neighbor = await users.FindByEmailAsync(email.Trim());
        if (neighbor is null)
        {
            output.WriteLine($"No account uses {email}. Sign up with it on the site and confirm the address, then run this again.");
            return HostCommand.Failed;
        }

        if (!neighbor.EmailConfirmed)
        {
            output.WriteLine($"{email} is not confirmed yet. Open the link in the confirmation email, then run this again.");
            return HostCommand.Failed;
        }

        if (await users.IsInRoleAsync(neighbor, StewardOptions.Role))
        {
            output.WriteLine($"{neighbor.DisplayName} ({email}) is already a steward.");
            return HostCommand.Done;
        }

        var refusal = await scope.ServiceProvider.GetRequiredService<StewardRoster>()
            .NameAsync(stewardId: "", neighbor, "Named by the host with make-steward.");
        output.WriteLine(refusal ?? $"{neighbor.DisplayName} ({email}) is now a steward.");
        return refusal is null ? HostCommand.Done : HostCommand.Failed;
    }
}
