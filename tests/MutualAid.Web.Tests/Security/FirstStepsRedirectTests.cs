using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a stranger mails a newcomer a log-in or sign-up link whose returnUrl points at a
// look-alike site, hoping the first log-in's steps (home, then "What could you help with?")
// carry it on and send the newcomer there at the end, still trusting the address bar. Every
// step keeps only a path on this site; anything else becomes the home page.
public class FirstStepsRedirectTests
{
    public static TheoryData<string> Elsewhere => new()
    {
        "https://evil.example/Posts/1",
        "//evil.example/Posts/1",
        "/\\evil.example",
        "javascript:alert(1)",
        "http:/evil.example",
    };

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public async Task No_step_of_the_first_log_in_sends_a_newcomer_off_the_site(string returnUrl)
    {
        await using var app = new MutualAidApp();
        var rosa = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        await rosa.SignUpAsync("rosa@example.org", name: "Rosa");
        await app.WithServiceAsync<Microsoft.AspNetCore.Identity.UserManager<Web.Neighbors.Neighbor>, bool>(async users =>
        {
            var rosaAccount = (await users.FindByEmailAsync("rosa@example.org"))!;
            rosaAccount.EmailConfirmed = true;
            return (await users.UpdateAsync(rosaAccount)).Succeeded;
        });
        var escaped = Uri.EscapeDataString(returnUrl);

        var login = await rosa.GetPageAsync($"/Identity/Account/Login?returnUrl={escaped}");
        var loggedIn = await rosa.SubmitAsync(login, AccountForms.Form, new() { ["Input.Email"] = "rosa@example.org", ["Input.Password"] = TestData.Password });
        var homeStep = await rosa.GetPageAsync($"/Profile/Home?returnUrl={escaped}");
        var saved = await rosa.SubmitAsync(homeStep, "main form[method=post]", new() { ["Input.Latitude"] = "40.41", ["Input.Longitude"] = "-3.70" });

        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        Assert.Equal("/Profile/Home?returnUrl=%2F", loggedIn.Headers.Location!.OriginalString);
        var notNow = homeStep.Document.QuerySelectorAll("main a").Single(a => a.TextContent == "Not now").GetAttribute("href");
        Assert.Equal("/Profile/Helping?returnUrl=%2F", notNow);
        Assert.Equal("/Profile/Home?returnUrl=%2F", homeStep.Document.QuerySelector("main form[method=post]")!.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Profile/Helping?returnUrl=%2F", saved.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_path_on_the_site_is_carried_through_every_step()
    {
        await using var app = new MutualAidApp();
        var rosa = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        await app.AddNeighborAsync(Person.Ana);
        await rosa.SignUpAsync("rosa@example.org", name: "Rosa");
        await rosa.ConfirmEmailAsync((await app.ConfirmLinkAsync("rosa@example.org"))!);

        var login = await rosa.GetPageAsync("/Identity/Account/Login?returnUrl=%2FPosts%2F7%3Fx%3D1");
        var loggedIn = await rosa.SubmitAsync(login, AccountForms.Form, new() { ["Input.Email"] = "rosa@example.org", ["Input.Password"] = TestData.Password });
        var homeStep = await rosa.GetPageAsync(loggedIn.Headers.Location!.OriginalString);
        var saved = await rosa.SubmitAsync(homeStep, "main form[method=post]", new() { ["Input.Latitude"] = "40.41", ["Input.Longitude"] = "-3.70" });

        Assert.Equal("/Profile/Home?returnUrl=%2FPosts%2F7%3Fx%3D1", loggedIn.Headers.Location!.OriginalString);
        Assert.Equal("/Profile/Helping?returnUrl=%2FPosts%2F7%3Fx%3D1", saved.Headers.Location!.OriginalString);
    }
}
