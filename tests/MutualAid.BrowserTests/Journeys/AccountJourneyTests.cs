using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// On a phone, a neighbor looks after their account from the profile's Account section: moves it
// to a new email through the link sent there (the old address is told, without the new one),
// changes the name neighbors see, and logs out a second device while staying logged in here.
public sealed class AccountJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_neighbor_changes_email_and_name_and_logs_out_another_device(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var lucia = await Neighbor.OpenAsync(browser, app, mail, "Lucia", javaScript, language, width: Phone);
        var page = lucia.Page;
        await lucia.JoinAsync();
        await lucia.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await lucia.SetHomeAsync("Riverside", onTheMap: false);

        // The new email: asked for with the password, made when the link sent there is opened.
        var newEmail = $"lucia.{Guid.NewGuid():N}@example.net";
        await page.GotoAsync("/Profile");
        await page.Locator("#account").GetByRole(AriaRole.Link, new() { Name = In(lucia, "Change email", "Cambiar el correo") }).ClickAsync();
        await page.Locator("#Input_NewEmail").FillAsync(newEmail);
        await page.Locator("#Input_Password").FillAsync(Neighbor.Password);
        await CheckPageAsync(lucia, "account-change-email");
        await page.GetByRole(AriaRole.Button, new() { Name = lucia.Say["Send the link"] }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync(In(lucia, "If this address can be used, we sent a link to it.", "Si esta dirección se puede usar, le enviamos un enlace."));
        var link = await mail.WaitForAsync(newEmail, In(lucia, "Confirm your new email", "Confirma tu correo nuevo"));
        await page.GotoAsync(link.Link("/Identity/Account/ConfirmEmailChange"));
        await CheckPageAsync(lucia, "account-confirm-email-change");
        await page.GetByRole(AriaRole.Button, new() { Name = In(lucia, "Use this email address", "Usar esta dirección de correo") }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(In(lucia, $"Your email is now {newEmail}.", $"Tu correo ahora es {newEmail}."));
        var told = await mail.WaitForAsync(lucia.Email, In(lucia, "Your MutualAid email was changed", "Se cambió tu correo de MutualAid"));
        Assert.DoesNotContain(newEmail, told.Text, StringComparison.OrdinalIgnoreCase);

        // The name neighbors see.
        await page.Locator("#Input_DisplayName").FillAsync("Lucía M.");
        await page.GetByRole(AriaRole.Button, new() { Name = lucia.Say["Save profile"] }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(lucia.Say["Your profile is saved."]);
        await Expect(page.Locator("#Input_DisplayName")).ToHaveValueAsync("Lucía M.");

        // A second device logs in with the new address; the first logs it out and stays in.
        await using var tablet = await SecondDeviceAsync(app, lucia, newEmail);
        await Expect(tablet).ToHaveURLAsync(new Uri(app.BaseUrl, "/Profile").ToString());
        await page.GotoAsync("/Profile");
        await page.Locator("#account").GetByRole(AriaRole.Link, new() { Name = In(lucia, "Log out on every other device", "Salir en todos los demás dispositivos") }).ClickAsync();
        await CheckPageAsync(lucia, "account-log-out-elsewhere");
        await page.GetByRole(AriaRole.Button, new() { Name = In(lucia, "Log out on every other device", "Salir en todos los demás dispositivos") }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(In(lucia,
            "You are logged out on every other device. You are still logged in here.", "Saliste de tu cuenta en todos los demás dispositivos. Aquí sigues dentro."));
        await CheckPageAsync(lucia, "account-profile-after");
        await tablet.GotoAsync("/Profile");
        Assert.Contains("/Identity/Account/Login", tablet.Url, StringComparison.Ordinal);
        await page.GotoAsync("/Mine");
        Assert.EndsWith("/Mine", page.Url, StringComparison.Ordinal);
        Assert.Empty(lucia.BrowserErrors);
    }

    private async Task<IPage> SecondDeviceAsync(AppServer app, Neighbor neighbor, string email)
    {
        var tablet = await browser.OpenAsync(app, neighbor.JavaScript, Phone, 740, locale: neighbor.Say.Locale);
        await tablet.GotoAsync("/Identity/Account/Login?ReturnUrl=%2FProfile");
        await tablet.Locator("#Input_Email").FillAsync(email);
        await tablet.Locator("#Input_Password").FillAsync(Neighbor.Password);
        await tablet.GetByRole(AriaRole.Button, new() { Name = neighbor.Say["Log in"], Exact = true }).ClickAsync();
        return tablet;
    }

    private static string In(Neighbor reader, string english, string spanish) => reader.Say.Language == "es" ? spanish : english;

    // Fits the phone and, with scripts on, axe finds nothing, on the page as it stands.
    private static async Task CheckPageAsync(Neighbor neighbor, string name)
    {
        var suffix = $"{neighbor.Say.Language}-{(neighbor.JavaScript ? "js" : "nojs")}";
        await Screenshots.SaveAsync(neighbor.Page, $"{name}-{suffix}-360");
        var width = await neighbor.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Phone, $"{neighbor.Page.Url} is {width} px wide on a {Phone} px screen");
        if (!neighbor.JavaScript)
        {
            return;
        }

        var result = await neighbor.Page.RunAxe(Wcag);
        Assert.True(result.Violations.Length == 0, $"axe found on {neighbor.Page.Url}:\n" +
            string.Join("\n", result.Violations.Select(v => $"- {v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}")));
    }
}
