using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

// The front door as a newcomer meets it on a phone and on a computer, with JavaScript and
// without: the home page with its filters folded and opened and (on a phone) its menu opened, and
// the page on how it works, in both languages. Each state must fit the screen and open without scripts, be
// axe clean, and on a phone the first post must start on the first screen.
[Collection(SeededSiteGroup.Name)]
public sealed class FrontDoorTests(SeededSite site)
{
    private const int Phone = 360;
    private const int FirstScreen = 640;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    // Each page at each width is loaded once and taken through its states in turn, folded first
    // (measured before anything scrolls), the menu opened and closed again, then the filters: a
    // state is the same markup and styles however it was reached, and a page load a state cost
    // more than the checks.
    public static TheoryData<string, int, bool> Views()
    {
        var views = new TheoryData<string, int, bool>();
        foreach (var javaScript in new[] { true, false })
        {
            foreach (var page in new[] { "home-signed-out", "home-es", "home", "home-es-signed-in", "how-it-works", "how-it-works-es" })
            {
                views.Add(page, Phone, javaScript);
                views.Add(page, 1280, javaScript);
            }
        }

        return views;
    }

    [Theory(Timeout = 90_000)]
    [MemberData(nameof(Views))]
    public async Task The_front_door_reads_well_fits_and_passes_axe_in_each_state(string name, int width, bool javaScript)
    {
        var page = await site.OpenAsync(SitePage.Named(name), width, width == Phone ? FirstScreen : 900, javaScript);
        try
        {
            var home = name.StartsWith("home", StringComparison.Ordinal);
            if (home && width == Phone)
            {
                // Measured before anything scrolls: the first post's title ends on the first screen.
                var bottom = await page.EvaluateAsync<double>("() => document.querySelector('.post-card h2').getBoundingClientRect().bottom + window.scrollY");
                TestContext.Current.TestOutputHelper?.WriteLine($"{name}: the first post's title ends at {bottom:0} px");
                Assert.True(bottom <= FirstScreen, $"On a {Phone} px phone the first post's title ends at {bottom:0} px, below the first {FirstScreen} px.");
            }

            await CheckStateAsync(page, name, "folded", width, javaScript);
            if (width == Phone)
            {
                await OpenAsync(page, "menu", width);
                await CheckStateAsync(page, name, "menu", width, javaScript);
                await page.Locator("details.nav-menu > summary").ClickAsync();
                await Expect(page.Locator("details.nav-menu")).Not.ToHaveAttributeAsync("open", "");
            }

            if (home)
            {
                await OpenAsync(page, "filters", width);
                await CheckStateAsync(page, name, "filters", width, javaScript);
            }

            Assert.Empty(site.Errors(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task CheckStateAsync(IPage page, string name, string state, int width, bool javaScript)
    {
        await Screenshots.SaveAsync(page, $"front-{name}-{state}-{width}-{(javaScript ? "js" : "no-js")}");
        if (state == "folded" && javaScript && name == "home")
        {
            // The README's pictures of the signed-in home page.
            await Screenshots.SaveAsync(page, $"home-{width}");
        }

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide on a {width} px screen ({state}).");
        // axe runs as a script of its own and waits on timers, which a page drawn without
        // scripts never fires; the same markup is checked by the case with scripts on.
        if (javaScript)
        {
            var result = await page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, $"axe found on {page.Url} ({state}, {width} px):\n{Describe(result.Violations)}");
        }
    }

    // Opens the folded part the way a person would: on a phone the filters through the line
    // above the posts, on a computer through their own summary; the menu through its button.
    private static async Task OpenAsync(IPage page, string state, int width)
    {
        if (state == "filters")
        {
            var opener = width == Phone ? page.Locator("a.filter-jump") : page.Locator("details.filter-box > summary");
            await opener.ClickAsync();
            await Expect(page.Locator("#filter-form button[type=submit]")).ToBeVisibleAsync();
            await Expect(page.Locator("#filter-form #kind")).ToBeInViewportAsync();
        }
        else if (state == "menu")
        {
            await page.Locator("details.nav-menu > summary").ClickAsync();
            var panel = page.Locator("details.nav-menu .nav-menu-panel");
            await Expect(panel.Locator("a[href='/Map']")).ToBeVisibleAsync();
            await Expect(page.Locator("details.nav-menu")).ToHaveAttributeAsync("open", "");
        }
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {n.Html}\n      {string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
}
