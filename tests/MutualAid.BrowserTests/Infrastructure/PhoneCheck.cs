using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace MutualAid.BrowserTests.Infrastructure;

// A page as a neighbor on a phone has it now: a screenshot to look at, no sideways scrolling, and
// (where scripts run, as axe needs them) no WCAG 2.2 AA violation.
public static class PhoneCheck
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task FitsAndPassesAxeAsync(Neighbor neighbor, string name)
    {
        await Screenshots.SaveAsync(neighbor.Page, name);
        var overflow = await neighbor.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, $"{name} scrolls sideways at {neighbor.Page.ViewportSize?.Width} px");
        if (neighbor.JavaScript)
        {
            var result = await neighbor.Page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, $"axe on {name}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
        }
    }
}
