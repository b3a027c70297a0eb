using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

[CollectionDefinition(Name)]
public sealed class SeededSiteGroup : ICollectionFixture<SeededSite>
{
    public const string Name = "Seeded site";
}

// One app with a little life in it, made through its own pages: Rosa (the steward) and Tomas
// with homes, needs and offers near each other, an answer waiting on Rosa's need, and Ivo, whom
// Rosa blocked.
public sealed class SeededSite(MailServer mail, BrowserHost browser) : IAsyncLifetime
{
    private AppServer? app;
    private string? rosaCookies;
    private int needId;
    private int offerId;

    public async ValueTask InitializeAsync()
    {
        app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa");
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas");
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.AddNeighborhoodAsync("Old Town", 40.4150, -3.7070);
        await rosa.SetHomeAsync("Riverside", onTheMap: true);
        needId = await rosa.PostAsync("need", "Meals", "Soup for a sick household", details: "Two of us are down with flu this week. Anything warm is welcome.");
        await rosa.PostAsync("offer", "Skills & repairs", "Bike repairs on Saturday mornings", (40.4120, -3.7190), "Punctures, brakes and chains. Bring the bike to the square.");

        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Old Town", onTheMap: false);
        offerId = await tomas.PostAsync("offer", "Meals", "A pot of lentil soup to share", details: "I cook too much on Sundays. Enough for four people.");
        await tomas.PostAsync("need", "Rides & errands", "Ride to the clinic on Tuesday", (40.4060, -3.7040), "Appointment at 10:00, back by noon.");
        await tomas.PostAsync("offer", "Household goods", "A ladder to lend, 3 m", (40.4180, -3.7110));
        await tomas.PostAsync("need", "Moving help", "Two hands to carry a sofa upstairs", (40.4030, -3.7120));
        // Ivo offers something and Rosa blocks him from his post, so her list of blocks has a name in it.
        await using (var ivo = await Neighbor.OpenAsync(browser, app, mail, "Ivo"))
        {
            await ivo.JoinAsync();
            await ivo.SetHomeAsync("Old Town", onTheMap: false);
            var ivoOffer = await ivo.PostAsync("offer", "Clothing", "Winter coats, children's sizes");
            await rosa.Page.GotoAsync($"/Posts/{ivoOffer}");
            await rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Block Ivo" }).ClickAsync();
            await rosa.Page.GotoAsync("/Profile/Blocked");
            await Expect(rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Unblock Ivo" })).ToBeVisibleAsync();
        }

        await tomas.Page.GotoAsync($"/Posts/{needId}");
        await tomas.Page.GetByLabel("A short message to Rosa").FillAsync("I made too much soup. I can bring some tonight.");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = "I can help" }).ClickAsync();
        await Expect(tomas.Page.GetByText("Waiting for Rosa to decide.")).ToBeVisibleAsync();
        rosaCookies = await rosa.Page.Context.StorageStateAsync();
    }

    // Opens the page in a context of its own, ready to check: forms sent when asked, maps drawn.
    public async Task<IPage> OpenAsync(SitePage sitePage, int width, int height, bool javaScript = true)
    {
        var page = await browser.OpenAsync(app!, javaScript, width: width, height: height, storageState: sitePage.SignedIn ? rosaCookies : null,
            locale: new Words(sitePage.Language).Locale);
        if (sitePage.SignedIn && sitePage.Language != "en")
        {
            // Rosa's log-in remembered her English; this visit reads the site as if she had chosen Spanish.
            await page.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={sitePage.Language}|uic={sitePage.Language}", Url = app!.BaseUrl.ToString() }]);
        }

        var path = sitePage.Path.Replace("{need}", $"{needId}", StringComparison.Ordinal).Replace("{offer}", $"{offerId}", StringComparison.Ordinal);
        await page.GotoAsync(path);
        if (sitePage.SendEmptyWith is { } button)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    // A fresh signed-out context with nothing loaded yet, for a test that watches the first load.
    public Task<IPage> OpenBlankAsync(int width, int height) => browser.OpenAsync(app!, width: width, height: height);

    public IReadOnlyList<string> Errors(IPage page) => browser.Errors(page);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
