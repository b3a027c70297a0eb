using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A coordinator notes the languages of a neighbor without an account and where they live, on a
// phone: with JavaScript by a click on the map (kept as its ~500 m cell), without it from the
// neighborhood list, where a missing neighborhood is told at its field with the rest kept.
public sealed class OfflineNeighborFormJourneyTests(MailServer mail, BrowserHost browser)
{
    [Theory(Timeout = 240_000)]
    [InlineData(true, "en")]
    [InlineData(false, "es")]
    public async Task A_coordinator_notes_an_offline_neighbors_languages_and_place(bool javaScript, string language)
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript: true, "en", width: 360);
        await using var cai = await Neighbor.OpenAsync(browser, app, mail, "Cai", javaScript, language, width: 360);
        var say = cai.Say;
        var suffix = $"{language}-{(javaScript ? "js" : "no-js")}";
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await cai.JoinAsync();
        await CoordinatorJourneyTests.NameCoordinatorAsync(rosa, cai, "Runs the phone line on Tuesdays.");

        var page = cai.Page;
        await page.GotoAsync("/Coordinate/Edit");
        await page.GetByLabel(say["The name they go by"]).FillAsync("Amparo");
        await page.Locator("#Input_SpokenLanguages summary").ClickAsync();
        await page.GetByLabel($"{say["Arabic"]} (العربية)", new() { Exact = true }).CheckAsync();
        var onMap = page.GetByLabel(say["At a spot I mark on the map"]);
        if (javaScript)
        {
            await onMap.CheckAsync();
            await Expect(page.Locator("#offline-map")).ToBeVisibleAsync();
            await page.Locator("#offline-map").ClickAsync();
            await Expect(page.Locator("#map-status")).Not.ToBeEmptyAsync();
            await PhoneCheck.FitsAndPassesAxeAsync(cai, $"coordinate-edit-map-{suffix}");
        }
        else
        {
            await Expect(onMap).Not.ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = say["Save"], Exact = true }).ClickAsync();
            await Expect(page.Locator("[data-valmsg-for='Input.NeighborhoodId']")).ToHaveTextAsync(say["Choose their neighborhood."]);
            await Expect(page.GetByLabel(say["The name they go by"])).ToHaveValueAsync("Amparo");
            await Expect(page.Locator("#Input_SpokenLanguages summary")).ToHaveTextAsync(say["Arabic"]);
            await PhoneCheck.FitsAndPassesAxeAsync(cai, $"coordinate-edit-error-{suffix}");
            await page.GetByLabel(say["Their neighborhood"]).SelectOptionAsync(new SelectOptionValue { Label = "Riverside" });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = say["Save"], Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync(say["Saved. Only coordinators and stewards see these details."]);
        var amparo = page.Locator("li.post-card", new() { HasText = "Amparo" });
        await Expect(amparo).ToContainTextAsync(say["Arabic"]);
        await Expect(amparo).ToContainTextAsync(javaScript ? say["A spot on the map (about 500 m)"] : "Riverside");
        await PhoneCheck.FitsAndPassesAxeAsync(cai, $"coordinate-languages-{suffix}");
        Assert.Empty(cai.BrowserErrors);
        Assert.Empty(rosa.BrowserErrors);
    }
}
