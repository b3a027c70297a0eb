using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Infrastructure;

// One person at a browser of their own (their own cookies and mailbox), taking the steps a
// neighbor takes, by the labels and buttons they see.
public sealed partial class Neighbor : IAsyncDisposable
{
    public const string Password = "a long walk by the river";

    private readonly MailServer mail;
    private readonly BrowserHost browser;

    private Neighbor(IPage page, BrowserHost browser, MailServer mail, string name, bool javaScript, Words words)
    {
        Page = page;
        Say = words;
        JavaScript = javaScript;
        this.browser = browser;
        this.mail = mail;
        Name = name;
        Email = $"{name.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
    }

    public IPage Page { get; }

    // The site's words in this neighbor's language.
    public Words Say { get; }

    public bool JavaScript { get; }

    public string Name { get; }

    public string Email { get; }

    public static async Task<Neighbor> OpenAsync(BrowserHost browser, AppServer app, MailServer mail, string name, bool javaScript = true,
        string language = "en", int width = 1280)
    {
        var words = new Words(language);
        return new(await browser.OpenAsync(app, javaScript, width, height: width < 600 ? 740 : 900, locale: words.Locale), browser, mail, name, javaScript, words);
    }

    public IReadOnlyList<string> BrowserErrors => browser.Errors(Page);

    public async Task JoinAsync()
    {
        await SignUpAsync();
        await ConfirmEmailAsync();
        await LogInAsync();
    }

    public async Task SignUpAsync()
    {
        await Page.GotoAsync("/Identity/Account/Register");
        await Page.Locator("#Input_DisplayName").FillAsync(Name);
        await Page.Locator("#Input_Email").FillAsync(Email);
        await Page.Locator("#Input_Password").FillAsync(Password);
        await Page.Locator("#Input_ConfirmPassword").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Sign up"], Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(RegisterConfirmation());
    }

    public async Task ConfirmEmailAsync()
    {
        var email = await mail.WaitForAsync(Email, Say["Confirm your email"]);
        await Page.GotoAsync(email.Link("/Identity/Account/ConfirmEmail"));
        // The link asks for the password chosen at sign-up, so that nobody confirms a stranger's.
        await Page.Locator("#Input_Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Confirm my email"], Exact = true }).ClickAsync();
        await Expect(Page.GetByText(Say["Thank you for confirming your email"])).ToBeVisibleAsync();
    }

    public async Task LogInAsync()
    {
        await Page.GotoAsync("/Identity/Account/Login");
        await Page.Locator("#Input_Email").FillAsync(Email);
        await Page.Locator("#Input_Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Log in"], Exact = true }).ClickAsync();
        // On a phone the log-out button sits in the folded menu: present, not yet visible.
        await Expect(Page.Locator("form[action*='/Account/Logout'] button").First).ToBeAttachedAsync();
    }

    // A steward's step; the first account of an app is its steward.
    public async Task AddNeighborhoodAsync(string name, double latitude, double longitude)
    {
        await Page.GotoAsync("/Moderation/Neighborhoods");
        await Page.Locator("#Input_Name").FillAsync(name);
        await Page.Locator("#Input_Latitude").FillAsync(latitude.ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#Input_Longitude").FillAsync(longitude.ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#Input_RadiusKm").FillAsync("1");
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Save"], Exact = true }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Say["Neighborhood saved."]);
    }

    // With JavaScript, by clicking the middle of the map (it opens on the first neighborhood);
    // without, by choosing the neighborhood from the list.
    public async Task SetHomeAsync(string neighborhood, bool onTheMap)
    {
        await Page.GotoAsync("/Profile");
        if (onTheMap)
        {
            var map = Page.Locator("#profile-map");
            await Expect(map).ToBeVisibleAsync();
            await map.ClickAsync();
            await Expect(Page.Locator("#map-status")).ToHaveTextAsync(Say["Point chosen on the map. Save to keep it."]);
            await Expect(Page.Locator("#Input_Latitude")).Not.ToBeEmptyAsync();
        }
        else
        {
            if (!JavaScript)
            {
                await Expect(Page.Locator("#profile-map")).ToBeHiddenAsync();
            }

            await Page.Locator("#Input_NeighborhoodId").SelectOptionAsync(new SelectOptionValue { Label = neighborhood });
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Save profile"] }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Say["Your profile is saved."]);
        await Expect(Page.GetByText(Say["Your home is set."])).ToBeVisibleAsync();
    }

    // Posts near home, or at a point as the map would mark it; returns the new post's id.
    public async Task<int> PostAsync(string kind, string category, string title, (double Latitude, double Longitude)? point = null, string details = "")
    {
        await Page.GotoAsync($"/Posts/New?kind={(kind == "need" ? "Need" : "Offer")}");
        await Page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = Say[category] });
        await Page.Locator("#Input_Title").FillAsync(title);
        await Page.Locator("#Input_Details").FillAsync(details);
        if (point is { } at)
        {
            await Page.Locator("#location-point").CheckAsync(new() { Force = true });
            await Page.Locator("input[name='Input.Latitude']").EvaluateAsync("(e, v) => e.value = v", at.Latitude.ToString(CultureInfo.InvariantCulture));
            await Page.Locator("input[name='Input.Longitude']").EvaluateAsync("(e, v) => e.value = v", at.Longitude.ToString(CultureInfo.InvariantCulture));
        }

        await Page.Locator("#Input_RadiusKm").FillAsync("2");
        await Page.GetByRole(AriaRole.Button, new() { Name = Say["Post it"] }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Say["Your post is up. Neighbors nearby can see it now."]);
        await Expect(Page.Locator("h1")).ToHaveTextAsync(title);
        return int.Parse(PostPath().Match(Page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();

    [GeneratedRegex("/Identity/Account/RegisterConfirmation")]
    private static partial Regex RegisterConfirmation();

    [GeneratedRegex(@"/Posts/(\d+)$")]
    private static partial Regex PostPath();
}
