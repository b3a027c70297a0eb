using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;

namespace MutualAid.BrowserTests.Pages;

[Collection(SeededSiteGroup.Name)]
public sealed class AccessibilityTests(SeededSite site)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(SitePage.Names), MemberType = typeof(SitePage))]
    public async Task Page_has_no_WCAG_violations_axe_can_find_and_no_script_errors(string name)
    {
        var page = await site.OpenAsync(SitePage.Named(name), width: 1280, height: 900);
        try
        {
            await Screenshots.SaveAsync(page, $"{name}-1280");
            var result = await page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, $"axe found on {page.Url}:\n{Describe(result.Violations)}");
            Assert.Empty(site.Errors(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {n.Html}\n      {string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
}
