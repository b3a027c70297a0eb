using System.Net;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a stranger signs up with Rosa's address and a password of their own choosing, then
// waits. The site sends Rosa a confirmation link, and people click links that ask them to confirm:
// if opening it confirmed the account, the stranger would hold a confirmed account on Rosa's
// address, with their password. The holder of a link then guessing the password through it is
// counted as log-ins are.
public class StrangersConfirmationLinkTests
{
    private const string Owner = "rosa@example.org";
    private const string StrangersPassword = "the stranger chose this";
    private const string OwnersPassword = "rosa chose this herself";
    private const string WrongPassword = "That is not the password this account was opened with.";

    [Fact]
    public async Task The_owner_who_opens_the_link_of_a_strangers_sign_up_confirms_nothing_and_takes_the_address_back()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var stranger = app.CreateBrowserClient();
        await stranger.SignUpAsync(Owner, StrangersPassword, "Rosa");
        var link = await app.ConfirmLinkAsync(Owner);
        Assert.NotNull(link);

        var rosa = app.CreateBrowserClient();
        var opened = await rosa.GetPageAsync(link);
        Assert.DoesNotContain("Email confirmed", opened.Text, StringComparison.Ordinal);
        Assert.NotNull(opened.Document.QuerySelector("input[name='Input.Password'][type=password]"));
        Assert.False((await stranger.LogInAsync(Owner, StrangersPassword)).IsLoggedIn());

        // Rosa types the password she would have chosen; she is told plainly, beside the field.
        var refused = await rosa.ConfirmEmailAsync(link, OwnersPassword);
        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains(WrongPassword, refused.Document.QuerySelector("#Input_Password")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Forgot your password?", refused.Text, StringComparison.Ordinal);
        Assert.False((await stranger.LogInAsync(Owner, StrangersPassword)).IsLoggedIn());

        await rosa.AskForLinkAsync(AccountForms.ForgotPassword, Owner);
        await rosa.ChooseNewPasswordAsync((await app.ResetLinkAsync(Owner))!, Owner, OwnersPassword);
        Assert.False((await stranger.LogInAsync(Owner, StrangersPassword)).IsLoggedIn());
        Assert.True((await rosa.LogInAsync(Owner, OwnersPassword)).IsLoggedIn());
    }

    [Fact]
    public async Task The_link_tells_a_wrong_password_in_spanish_too()
    {
        await using var app = new MutualAidApp();
        await app.CreateBrowserClient().SignUpAsync(Owner, StrangersPassword, "Rosa");
        var rosa = app.CreateBrowserClient();
        rosa.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var link = (await app.ConfirmLinkAsync(Owner))!;
        Assert.Contains("Confirma tu dirección de correo", (await rosa.GetPageAsync(link)).Text, StringComparison.Ordinal);
        var refused = await rosa.ConfirmEmailAsync(link, OwnersPassword);

        Assert.Contains("Esa no es la contraseña con la que se creó esta cuenta.", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_the_password_through_the_link_locks_the_address_as_log_ins_do()
    {
        await using var app = new MutualAidApp();
        await app.CreateBrowserClient().SignUpAsync(Owner, StrangersPassword, "Rosa");
        var link = (await app.ConfirmLinkAsync(Owner))!;
        var guesser = app.CreateBrowserClient();

        for (var guess = 0; guess < 5; guess++)
        {
            Assert.Contains(WrongPassword, (await guesser.ConfirmEmailAsync(link, $"guess number {guess} here")).Text, StringComparison.Ordinal);
        }

        // Locked: even the right password is refused, with the same words, until the lockout ends.
        Assert.Contains(WrongPassword, (await guesser.ConfirmEmailAsync(link, StrangersPassword)).Text, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Contains("Email confirmed", (await guesser.ConfirmEmailAsync(link, StrangersPassword)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_tries_at_the_link_from_one_address_get_the_friendly_429_page()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:LogInsPerAddressPerMinute"] = "3" }, services: ClientAddresses.Register);
        await app.CreateBrowserClient().SignUpAsync(Owner, StrangersPassword, "Rosa");
        var link = (await app.ConfirmLinkAsync(Owner))!;
        var guesser = ClientAddresses.From(app.CreateBrowserClient(), "203.0.113.7");

        var pages = new List<HtmlPage>();
        for (var guess = 0; guess < 4; guess++)
        {
            pages.Add(await guesser.ConfirmEmailAsync(link, $"guess number {guess} here"));
        }

        Assert.All(pages.Take(3), p => Assert.Equal(HttpStatusCode.OK, p.Response.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, pages[3].Response.StatusCode);
        Assert.Contains("Too many tries", pages[3].Text, StringComparison.Ordinal);
    }
}
