using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A neighbor who cannot use a mouse posts a need with the keyboard alone: every control is
// reached with Tab, shows where focus is, and a mistake is announced and leads back to its field.
public sealed class KeyboardJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int MaxTabs = 80;

    // The focused element, and whether the eye can see it has focus (an outline or a ring).
    private const string FocusedElement = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { id: '', name: '', visible: false };
          const style = getComputedStyle(e);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const ring = style.boxShadow && style.boxShadow !== 'none';
          return { id: e.id, name: (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 60), visible: outline || ring };
        }
        """;

    [Fact(Timeout = 180_000)]
    public async Task A_need_is_posted_with_the_keyboard_alone_and_its_error_is_announced()
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa");
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: false);
        var page = rosa.Page;
        var unseenFocus = new List<string>();

        await page.GotoAsync("/");
        await TabToAsync(page, e => e.Name == "Post a need or offer", unseenFocus);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToContainTextAsync("Post");

        await TabToAsync(page, e => e.Name == "I need something", unseenFocus);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#Input_CategoryId")).ToBeVisibleAsync();
        await TabToAsync(page, e => e.Id == "Input_CategoryId", unseenFocus);
        await page.Keyboard.TypeAsync("Meals");
        await TabToAsync(page, e => e.Id == "Post it" || e.Name == "Post it", unseenFocus);
        await page.Keyboard.PressAsync("Enter");

        // Sent without a title: the summary takes focus and is announced, and its link leads to the field.
        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await page.Keyboard.PressAsync("Tab");
        await Expect(summary.GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#Input_Title")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Groceries carried up three floors");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".notice")).ToHaveTextAsync("Your post is up. Neighbors nearby can see it now.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Groceries carried up three floors");
        await Expect(page.Locator("main")).ToContainTextAsync("Meals");
        Assert.True(unseenFocus.Count == 0, "Focus was not visible on: " + string.Join(", ", unseenFocus));
        Assert.Empty(rosa.BrowserErrors);
    }

    // Presses Tab until the wanted element has focus, noting each stop where focus cannot be seen.
    private static async Task TabToAsync(IPage page, Func<Focused, bool> wanted, List<string> unseenFocus)
    {
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<Focused>(FocusedElement);
            if (!focused.Visible)
            {
                unseenFocus.Add(focused.Id.Length > 0 ? $"#{focused.Id}" : focused.Name);
            }

            if (wanted(focused))
            {
                return;
            }
        }

        Assert.Fail($"The wanted control was not reached in {MaxTabs} presses of Tab on {page.Url}.");
    }

    // Filled by Playwright from the script's result, which needs settable properties.
    private sealed class Focused
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public bool Visible { get; set; }
    }
}
