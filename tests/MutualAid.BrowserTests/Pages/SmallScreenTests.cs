using MutualAid.BrowserTests.Infrastructure;

namespace MutualAid.BrowserTests.Pages;

[Collection(SeededSiteGroup.Name)]
public sealed class SmallScreenTests(SeededSite site)
{
    private const int PhoneWidth = 360;

    // The elements reaching past the right edge, innermost first, to say what to fix.
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .reverse().slice(0, 5).map(e => e.outerHTML.slice(0, 160))
        """;

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(SitePage.Names), MemberType = typeof(SitePage))]
    public async Task Page_fits_a_360_px_phone_without_scrolling_sideways(string name)
    {
        var page = await site.OpenAsync(SitePage.Named(name), width: PhoneWidth, height: 740);
        try
        {
            await Screenshots.SaveAsync(page, $"{name}-360");
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                var wide = await page.EvaluateAsync<string[]>(Overflowing);
                Assert.Fail($"{page.Url} is {width} px wide on a {PhoneWidth} px screen. Too wide:\n{string.Join("\n", wide)}");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }
}
