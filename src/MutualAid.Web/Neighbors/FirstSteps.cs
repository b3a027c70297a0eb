using Microsoft.AspNetCore.Identity;

namespace MutualAid.Web.Neighbors;

// After the first log-in a newcomer is asked, once, where home is (when it is not set yet) and
// what they could help with, and then taken where they were going. The first log-in is recorded
// as it happens, so skipping the steps, or closing the tab, counts as having seen them.
public sealed class FirstSteps(UserManager<Neighbor> users, TimeProvider clock)
{
    public const string HomeStep = "/Profile/Home";
    public const string HelpingStep = "/Profile/Helping";

    // Where to go after logging in: the first step for a newcomer, else the target itself.
    public async Task<string> AfterLogInAsync(Neighbor neighbor, string target)
    {
        if (neighbor.FirstLoggedInAt is not null)
        {
            return target;
        }

        neighbor.FirstLoggedInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(neighbor);
        return neighbor.Home is null ? Step(HomeStep, target) : Step(HelpingStep, target);
    }

    public static string Step(string step, string target) => $"{step}?returnUrl={Uri.EscapeDataString(target)}";
}
