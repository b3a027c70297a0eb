using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

// On a phone, a steward retires a category and brings it back, merges one into another after
// being asked where its posts go, and places a new neighborhood by clicking the map (with
// JavaScript) or by typing its center (without).
public sealed class CategoryChangesTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;

    [Theory(Timeout = 180_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_steward_retires_merges_and_places_a_neighborhood_on_the_map(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language, Phone);
        var say = rosa.Say;
        var suffix = $"{language}-{(javaScript ? "js" : "no-js")}";
        var petCare = language == "es" ? "Cuidado de mascotas" : "Pet care";
        var clothing = language == "es" ? "Ropa" : "Clothing";
        var household = language == "es" ? "Cosas de casa" : "Household goods";
        await rosa.JoinAsync();

        await rosa.Page.GotoAsync("/Moderation/Categories");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Retire “{0}”", petCare] }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToContainTextAsync(say["Category retired. Posts that have it keep it; new posts cannot choose it."]);
        await Expect(rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Bring back “{0}”", petCare] })).ToBeVisibleAsync();
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"categories-retired-{suffix}");
        await rosa.Page.GotoAsync("/Posts/New?kind=Need");
        await Expect(rosa.Page.Locator("#Input_CategoryId option", new() { HasText = petCare })).ToHaveCountAsync(0);

        await rosa.Page.GotoAsync("/Moderation/Categories");
        await rosa.Page.GetByRole(AriaRole.Link, new() { Name = say["Merge into another “{0}”", clothing] }).ClickAsync();
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Merge"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.Locator("#MergeInto").Locator("xpath=..").Locator(".field-error")).ToHaveTextAsync(say["Choose the category its posts move to."]);
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"categories-merge-error-{suffix}");
        await rosa.Page.GetByLabel(say["Move its posts to"]).SelectOptionAsync(new SelectOptionValue { Label = household });
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Merge"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync(say["“{0}” is merged into “{1}”: {2} posts moved.", clothing, household, 0]);

        await rosa.Page.GotoAsync("/Moderation/Neighborhoods");
        await rosa.Page.GetByLabel(say["Name in English"]).FillAsync("Riverside");
        if (javaScript)
        {
            var map = rosa.Page.Locator("#neighborhood-map");
            await Expect(map).ToBeVisibleAsync();
            await map.ClickAsync(new() { Position = new() { X = 120, Y = 80 } });
            await Expect(rosa.Page.GetByLabel(say["Latitude of its center"])).Not.ToHaveValueAsync("");
            await Expect(rosa.Page.Locator("#center-status")).ToHaveTextAsync(say["Point chosen on the map. Save to keep it."]);
        }
        else
        {
            await Expect(rosa.Page.Locator("#neighborhood-map")).ToBeHiddenAsync();
            await rosa.Page.GetByLabel(say["Latitude of its center"]).FillAsync("40.408");
            await rosa.Page.GetByLabel(say["Longitude of its center"]).FillAsync("-3.715");
        }

        await rosa.Page.GetByLabel(say["Radius (km)"]).FillAsync("1.5");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, $"neighborhood-placed-{suffix}");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = say["Save"], Exact = true }).ClickAsync();
        await Expect(rosa.Page.GetByRole(AriaRole.Link, new() { Name = say["Edit “{0}”", "Riverside"] })).ToBeVisibleAsync();
        Assert.Empty(rosa.BrowserErrors);
    }
}
