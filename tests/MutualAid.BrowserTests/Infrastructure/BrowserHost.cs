using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MutualAid.BrowserTests.Infrastructure;

// Debian's Chromium driven by Playwright. Playwright never downloads a browser here: it is
// pointed at /usr/bin/chromium, which scripts/test.sh installs when it is missing.
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly ConditionalWeakTable<IPage, ConcurrentQueue<string>> errors = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}. Install Debian's package: apt-get install -y chromium");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    // A fresh context (its own cookies, or those saved from another) on the app, with map tiles
    // answered locally.
    public async Task<IPage> OpenAsync(AppServer app, bool javaScript = true, int width = 1280, int height = 900, string? storageState = null,
        string locale = "en-GB")
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl.ToString(),
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "UTC",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        // An assertion waits as long as an action does: on a busy machine a form's answer can take
        // longer than Playwright's five seconds to come back.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        await context.RouteAsync("**/test-tiles/**", route => route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = TestTile.Png }));
        var page = await context.NewPageAsync();
        var seen = errors.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                seen.Enqueue($"{message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => seen.Enqueue(error);
        return page;
    }

    // Script errors, failed loads and Content-Security-Policy refusals the page reported so far.
    public IReadOnlyList<string> Errors(IPage page) => errors.TryGetValue(page, out var seen) ? [.. seen] : [];

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
