using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

// The short post form, one per kind, on a phone and a computer, with scripts and without, in
// both languages, fresh and after sending it with the title missing: it asks only that kind's
// questions, shows no coordinate boxes, fits the screen and is axe clean. The number of phone
// screens the form takes is written to the test output.
[Collection(SeededSiteGroup.Name)]
public sealed class PostFormTests(SeededSite site)
{
    private const int Phone = 360;
    private const int PhoneScreen = 640;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    // One page load a kind, language and scripts: the fresh form on a phone and a computer, then
    // sent with the title missing, on both again. Widening or narrowing a page lays it out as a
    // fresh load at that width would (no script looks at the width), so each state is checked at
    // both widths without loading it again.
    public static TheoryData<string, bool, string> Views()
    {
        var views = new TheoryData<string, bool, string>();
        foreach (var kind in new[] { "Need", "Offer" })
        {
            foreach (var javaScript in new[] { true, false })
            {
                foreach (var language in new[] { "en", "es" })
                {
                    views.Add(kind, javaScript, language);
                }
            }
        }

        return views;
    }

    [Theory(Timeout = 90_000)]
    [MemberData(nameof(Views))]
    public async Task Each_kind_has_its_own_short_form_that_fits_and_passes_axe_fresh_and_with_errors(string kind, bool javaScript, string language)
    {
        var say = new Words(language);
        var sitePage = new SitePage($"post-form-{kind}", $"/Posts/New?kind={kind}", SignedIn: true, Language: language);
        var page = await site.OpenAsync(sitePage, Phone, PhoneScreen, javaScript);
        try
        {
            await AssertOnlyItsKindsQuestionsAsync(page, kind);
            await CheckAsync(page, kind, Phone, javaScript, language, errors: false);
            await SeededSite.ResizedAsync(page, 1280, 900, javaScript);
            await CheckAsync(page, kind, 1280, javaScript, language, errors: false);

            await page.GetByRole(AriaRole.Button, new() { Name = say["Post it"], Exact = true }).ClickAsync();
            await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
            await SeededSite.SettledAsync(page, javaScript);
            await AssertOnlyItsKindsQuestionsAsync(page, kind);
            await CheckAsync(page, kind, 1280, javaScript, language, errors: true);
            await SeededSite.ResizedAsync(page, Phone, PhoneScreen, javaScript);
            await CheckAsync(page, kind, Phone, javaScript, language, errors: true);

            Assert.Empty(site.Errors(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task AssertOnlyItsKindsQuestionsAsync(IPage page, string kind)
    {
        var form = page.Locator("main form[method=post]");
        await Expect(page.Locator("#Input_Title")).ToBeVisibleAsync();
        await Expect(page.Locator("input[name='Input.Latitude']")).ToHaveAttributeAsync("type", "hidden");
        await Expect(form.Locator("[name='Input.Urgency']")).ToHaveCountAsync(kind == "Need" ? 3 : 0);
        await Expect(form.Locator("[name='Input.IsStanding']")).ToHaveCountAsync(kind == "Offer" ? 1 : 0);
    }

    private static async Task CheckAsync(IPage page, string kind, int width, bool javaScript, string language, bool errors)
    {
        var form = page.Locator("main form[method=post]");
        var height = await form.EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        TestContext.Current.TestOutputHelper?.WriteLine($"{kind} form, {width} px, {language}, {(errors ? "with errors" : "fresh")}: {height:0} px = {height / PhoneScreen:0.00} screens of {PhoneScreen} px");
        var name = $"post-form-{kind.ToLowerInvariant()}-{width}-{language}-{(javaScript ? "js" : "no-js")}{(errors ? "-errors" : "")}";
        await Screenshots.SaveAsync(page, name);
        if (width == Phone && javaScript && language == "en" && !errors)
        {
            // The README's pictures of the post form on a phone.
            await Screenshots.SaveAsync(page, $"post-form-{kind.ToLowerInvariant()}-360");
        }

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide on a {width} px screen ({(errors ? "with errors" : "fresh")}).");
        if (javaScript)
        {
            var result = await page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, $"axe found on {page.Url} at {width} px ({(errors ? "with errors" : "fresh")}):\n{Describe(result.Violations)}");
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task The_first_step_leads_to_each_form_without_scripts()
    {
        var page = await site.OpenAsync(new SitePage("post-form-step", "/Posts/New", SignedIn: true), Phone, PhoneScreen, javaScript: false);
        try
        {
            await Screenshots.SaveAsync(page, "post-form-step-360-no-js");
            await page.GetByRole(AriaRole.Link, new() { Name = "I can offer something" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Offer something you can give");
            await Expect(page.Locator("main form [name='Input.Urgency']")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {n.Html}"))));
}
