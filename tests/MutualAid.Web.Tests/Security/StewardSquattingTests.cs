using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a stranger signs up first with the address the host listed as a steward's, or with
// the host's own address on a brand-new site, choosing the password themselves. They cannot open
// the owner's mailbox, but hope the account carries the steward role anyway, ready for the day
// someone confirms it, and that the owner can never take the address back.
public class StewardSquattingTests
{
    private const string Owner = "rosa@example.org";
    private const string StrangersPassword = "the stranger chose this";
    private const string OwnersPassword = "rosa chose this herself";

    [Fact]
    public async Task A_stranger_who_signs_up_first_with_a_listed_address_gets_no_steward_account_and_the_owner_takes_it_back_by_signing_up()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:Stewards:0"] = Owner });
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var stranger = app.CreateBrowserClient();
        await stranger.SignUpAsync(Owner, StrangersPassword, "Rosa");
        var strangersLink = await app.ConfirmLinkAsync(Owner);

        Assert.False(await IsStewardAsync(app, Owner));
        Assert.False((await stranger.LogInAsync(Owner, StrangersPassword)).IsLoggedIn());

        var rosa = app.CreateBrowserClient();
        await rosa.SignUpAsync(Owner, OwnersPassword, "Rosa");
        var rosasLink = await app.ConfirmLinkAsync(Owner);
        Assert.NotEqual(strangersLink, rosasLink);
        Assert.Contains("This link did not work", (await rosa.GetPageAsync(strangersLink!)).Text, StringComparison.Ordinal);
        Assert.Contains("Email confirmed", (await rosa.ConfirmEmailAsync(rosasLink!, OwnersPassword)).Text, StringComparison.Ordinal);

        await AssertOnlyTheOwnerIsInAsync(app, stranger, rosa);
    }

    [Fact]
    public async Task The_owner_of_a_listed_address_a_stranger_signed_up_with_takes_it_back_through_forgot_password()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:Stewards:0"] = Owner });
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var stranger = app.CreateBrowserClient();
        await stranger.SignUpAsync(Owner, StrangersPassword, "Rosa");
        var strangersLink = await app.ConfirmLinkAsync(Owner);

        var rosa = app.CreateBrowserClient();
        await rosa.AskForLinkAsync(AccountForms.ForgotPassword, Owner);
        var resetLink = await app.ResetLinkAsync(Owner);
        Assert.NotNull(resetLink);
        var done = await rosa.ChooseNewPasswordAsync(resetLink, Owner, OwnersPassword);
        Assert.Contains("Your password is changed", done.Text, StringComparison.Ordinal);
        // The link sent for the stranger's sign-up is worthless now.
        Assert.Contains("This link did not work", (await rosa.GetPageAsync(strangersLink!)).Text, StringComparison.Ordinal);

        await AssertOnlyTheOwnerIsInAsync(app, stranger, rosa);
    }

    [Fact]
    public async Task A_stranger_who_signs_up_first_on_a_new_site_does_not_become_its_steward()
    {
        await using var app = new MutualAidApp();
        var stranger = app.CreateBrowserClient();
        await stranger.SignUpAsync(Owner, StrangersPassword, "Host");

        Assert.False(await IsStewardAsync(app, Owner));

        var rosa = app.CreateBrowserClient();
        await rosa.SignUpAsync(Owner, OwnersPassword, "Rosa");
        await rosa.ConfirmEmailAsync((await app.ConfirmLinkAsync(Owner))!, OwnersPassword);
        await AssertOnlyTheOwnerIsInAsync(app, stranger, rosa);
    }

    [Fact]
    public async Task Stewards_listed_in_settings_are_named_only_once_their_address_is_confirmed()
    {
        await using var app = new MutualAidApp(settings: new() { ["MutualAid:Stewards:0"] = Owner });
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var rosa = app.CreateBrowserClient();
        await rosa.SignUpAsync(Owner, OwnersPassword, "Rosa");

        Assert.False(await IsStewardAsync(app, Owner));
        await rosa.ConfirmEmailAsync((await app.ConfirmLinkAsync(Owner))!, OwnersPassword);
        Assert.True(await IsStewardAsync(app, Owner));
    }

    private static async Task AssertOnlyTheOwnerIsInAsync(MutualAidApp app, HttpClient stranger, HttpClient rosa)
    {
        Assert.False((await stranger.LogInAsync(Owner, StrangersPassword)).IsLoggedIn());
        Assert.True((await rosa.LogInAsync(Owner, OwnersPassword)).IsLoggedIn());
        var moderation = await rosa.GetPageAsync("/Moderation");
        Assert.Equal("/Moderation", moderation.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await IsStewardAsync(app, Owner));
    }

    private static async Task<bool> IsStewardAsync(MutualAidApp app, string email) =>
        await app.WithServiceAsync<UserManager<Neighbor>, bool>(async users =>
            await users.FindByEmailAsync(email) is { } neighbor && await users.IsInRoleAsync(neighbor, StewardOptions.Role));
}
