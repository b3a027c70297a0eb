using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a stranger finds a freshly installed public site before its host does, signs up
// and confirms their own address, and expects to be its first steward, able to read reports,
// hide posts and block neighbors.
public class FirstStewardTests
{
    [Fact]
    public async Task The_first_confirmed_account_of_a_production_site_is_not_a_steward()
    {
        await using var app = new MutualAidApp("Production");
        var stranger = app.CreateBrowserClient();
        await stranger.SignUpAsync("first@example.org", TestData.Password, "First");
        await stranger.ConfirmEmailAsync((await app.ConfirmLinkAsync("first@example.org"))!);
        await stranger.LogInAsync("first@example.org", TestData.Password);

        var moderation = await stranger.GetPageAsync("/Moderation");

        Assert.Equal("/Identity/Account/AccessDenied", moderation.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await app.WithServiceAsync<UserManager<Neighbor>, bool>(async users =>
            await users.IsInRoleAsync((await users.FindByEmailAsync("first@example.org"))!, StewardOptions.Role)));
    }

    // The host, meanwhile, reads at each start how to name the first steward.
    [Fact]
    public async Task A_production_site_without_a_steward_tells_its_host_in_the_log_at_start_how_to_name_one()
    {
        var log = new LogRecorder();
        await using var app = new MutualAidApp("Production", services: s => s.AddSingleton<ILoggerProvider>(log));

        await app.CreateBrowserClient().GetPageAsync("/Language");

        Assert.Contains(log.AtLeast(LogLevel.Warning), line => line.Contains("There is no steward yet", StringComparison.Ordinal)
            && line.Contains("make-steward EMAIL", StringComparison.Ordinal));
    }
}
