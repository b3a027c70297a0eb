using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

[CollectionDefinition(Name)]
public sealed class SeededSiteGroup : ICollectionFixture<SeededSite>
{
    public const string Name = "Seeded site";
}

// One app with a little life in it, made through its own pages (the story is in
// SeededSite.Story.cs), and a way to open any of its pages in a given state.
public sealed partial class SeededSite(MailServer mail, BrowserHost browser) : IAsyncLifetime
{
    public const string Steward = "Rosa";
    public const string Newcomer = "Lena";
    public const string Author = "Tomas";

    private readonly Dictionary<string, string> cookies = [];
    private readonly Dictionary<string, string> places = [];
    private AppServer? app;

    // Opens the page in a context of its own, ready to check: forms sent when asked, maps drawn.
    public async Task<IPage> OpenAsync(SitePage sitePage, int width, int height, bool javaScript = true)
    {
        var words = new Words(sitePage.Language);
        var page = await browser.OpenAsync(app!, javaScript, width: width, height: height, storageState: sitePage.SignedIn ? cookies[sitePage.As] : null,
            locale: words.Locale);
        if (sitePage.SignedIn && sitePage.Language != "en")
        {
            // The log-in remembered English; this visit reads the site as if Spanish had been chosen.
            await page.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={sitePage.Language}|uic={sitePage.Language}", Url = app!.BaseUrl.ToString() }]);
        }

        var path = places.Aggregate(sitePage.Path, (path, place) => path.Replace($"{{{place.Key}}}", place.Value, StringComparison.Ordinal));
        await page.GotoAsync(path);
        if (sitePage.Through is { } first)
        {
            // A page reached only by a form, such as a confirmation: pressed as a person would.
            var from = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = words[first], Exact = true }).First.ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(from);
        }

        if (sitePage.SendEmptyWith is { } button)
        {
            if (sitePage.Clear is { } field)
            {
                await page.Locator(field).FillAsync("");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = words[button], Exact = true }).First.ClickAsync();
            // A form's errors show beside its fields under a summary that takes focus; a steward's
            // one-line forms answer with a notice at the top or a message at the field, a renewal with a
            // line of its own.
            await Expect(page.Locator("#error-summary, .notice, main p[role=status]:not(:empty), main [aria-invalid=true]").First).ToBeVisibleAsync();
            if (javaScript && await page.Locator("#error-summary").CountAsync() > 0)
            {
                await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
            }
        }

        await SettledAsync(page, javaScript);
        if (javaScript)
        {
            await MapsDrawnAsync(page);
        }

        return page;
    }

    // Everything the page asked for has arrived: the document with its styles, scripts and images,
    // and then, with scripts, the images the maps added (tiles and markers; the site's scripts fetch
    // nothing else). Playwright's "network idle" waited half a second of silence on every load.
    public static async Task SettledAsync(IPage page, bool javaScript)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (javaScript)
        {
            await page.WaitForFunctionAsync("() => [...document.images].every(image => image.complete)");
        }
    }

    // A page made wider or narrower: Leaflet redraws its maps at the next frame, so the check for
    // their images waits past it.
    public static async Task ResizedAsync(IPage page, int width, int height, bool javaScript)
    {
        await page.SetViewportSizeAsync(width, height);
        if (javaScript)
        {
            await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            await SettledAsync(page, javaScript);
            await MapsDrawnAsync(page);
        }
    }

    // Each map on the page has its tiles, its attribution and (on the browse map) its markers.
    public static async Task MapsDrawnAsync(IPage page)
    {
        foreach (var map in await page.Locator("[data-map]").AllAsync())
        {
            // A map folded behind a choice (the post form's "a place on the map") is opened by it,
            // so the page is checked with its map drawn.
            if (await map.GetAttributeAsync("data-shown-with") is { } choice && !await map.IsVisibleAsync())
            {
                await page.Locator(choice).CheckAsync();
            }

            await Expect(map.Locator(".leaflet-tile-loaded").First).ToBeVisibleAsync();
            await Expect(map.Locator(".leaflet-control-attribution")).ToBeVisibleAsync();
            if (await map.GetAttributeAsync("data-map") == "browse")
            {
                await Expect(map.Locator("path.leaflet-interactive").First).ToBeVisibleAsync();
            }
        }
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
