using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

// A steward gives a category a Spanish name on a phone, is told at the field when a name is
// missing, and a neighbor reading Spanish then finds the category by that name in the filters.
public sealed class NamesInLanguagesTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    [Theory(Timeout = 180_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_steward_names_a_category_in_Spanish_and_a_Spanish_reader_finds_it_in_the_filter(bool javaScript)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, "en", Phone);
        await using var lucia = await Neighbor.OpenAsync(browser, app, mail, "Lucia", javaScript, "es", Phone);
        var suffix = javaScript ? "js" : "no-js";
        await rosa.JoinAsync();

        await rosa.Page.GotoAsync("/Moderation/Categories");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"names-categories-{suffix}");
        await rosa.Page.GetByRole(AriaRole.Link, new() { Name = "Rename “Meals”" }).ClickAsync();
        // The add form has the same fields: wait until the rename form has replaced it. The address
        // changes before the new page is drawn, so wait for the rename form's own heading.
        await Expect(rosa.Page.Locator("#names")).ToHaveTextAsync("Rename “Meals”");
        await rosa.Page.GetByLabel("Name in English").FillAsync("");
        await rosa.Page.GetByLabel("Name in Español").FillAsync("Comida de casa");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = rosa.Say["Save"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.Locator("#Input_Name").Locator("xpath=..").Locator(".field-error")).ToHaveTextAsync("Give the category a name in English.");
        await Expect(rosa.Page.GetByLabel("Name in Español")).ToHaveValueAsync("Comida de casa");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"names-category-error-{suffix}");

        await rosa.Page.GetByLabel("Name in English").FillAsync("Meals");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = rosa.Say["Save"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync("Category saved.");
        await Expect(rosa.Page.GetByRole(AriaRole.Link, new() { Name = "Rename “Meals”" })).ToBeVisibleAsync();

        await lucia.Page.GotoAsync("/");
        await lucia.Page.Locator("details.filter-box > summary").ClickAsync();
        await Expect(lucia.Page.Locator("#category option", new() { HasText = "Comida de casa" })).ToHaveCountAsync(1);
        await lucia.Page.Locator("#category").SelectOptionAsync(new SelectOptionValue { Label = "Comida de casa" });
        await lucia.Page.Locator("#filter-form button[type=submit]").ClickAsync();
        await Expect(lucia.Page.Locator(".filter-on").First).ToContainTextAsync("Comida de casa");
        await PhoneCheck.FitsAndPassesAxeAsync(lucia, $"names-filter-es-{suffix}");
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(lucia.BrowserErrors);
    }
}
