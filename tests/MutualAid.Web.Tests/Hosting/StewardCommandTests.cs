using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

public class StewardCommandTests
{
    [Fact]
    public async Task The_host_names_the_first_steward_of_a_production_site_who_then_opens_the_stewards_pages()
    {
        await using var app = new MutualAidApp("Production");
        var rosa = app.CreateBrowserClient();
        await rosa.SignUpAsync("rosa@example.org", TestData.Password, "Rosa");
        await rosa.ConfirmEmailAsync((await app.ConfirmLinkAsync("rosa@example.org"))!);
        Assert.False(await IsStewardAsync(app, "rosa@example.org"));

        var (exitCode, output) = await HostCommands.RunAsync(HostCommands.On(app, "Production", "make-steward", "ROSA@example.org"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Rosa (ROSA@example.org) is now a steward.", output, StringComparison.Ordinal);
        await rosa.LogInAsync("rosa@example.org", TestData.Password);
        var moderation = await rosa.GetPageAsync("/Moderation");
        Assert.Equal("/Moderation", moderation.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Named by the host with make-steward.", moderation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Make_steward_refuses_an_address_with_no_account_or_not_confirmed_and_names_no_one()
    {
        await using var app = new MutualAidApp("Production");
        var stranger = app.CreateBrowserClient();
        await stranger.SignUpAsync("host@example.org", TestData.Password, "Not the host");

        var unknown = await HostCommands.RunAsync(HostCommands.On(app, "Production", "make-steward", "nobody@example.org"));
        var unconfirmed = await HostCommands.RunAsync(HostCommands.On(app, "Production", "make-steward", "host@example.org"));

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No account uses nobody@example.org", unknown.Output, StringComparison.Ordinal);
        Assert.Equal(1, unconfirmed.ExitCode);
        Assert.Contains("host@example.org is not confirmed yet", unconfirmed.Output, StringComparison.Ordinal);
        Assert.False(await IsStewardAsync(app, "host@example.org"));
    }

    private static async Task<bool> IsStewardAsync(MutualAidApp app, string email) =>
        await app.WithServiceAsync<UserManager<Neighbor>, bool>(async users =>
            await users.FindByEmailAsync(email) is { } neighbor && await users.IsInRoleAsync(neighbor, StewardOptions.Role));
}
