using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Data.Sqlite;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

// A newcomer on a phone finds home by typing a place on the first log-in's home step (the place
// search answered by a stub on loopback, failing once first), chooses one of the places found and
// goes on; then opens the post form, which draws its map only when "a place on the map" is chosen.
// The form's height at 360 px is written to the test output.
public sealed partial class PlaceSearchTests(MailServer mail, BrowserHost browser)
{
    private const int Phone = 360;
    private const string Plazas = """
        [{"lat":"40.4155","lon":"-3.7074","display_name":"Plaza Mayor, Centro, Madrid"},
         {"lat":"41.6520","lon":"-4.7286","display_name":"Plaza Mayor, Valladolid"}]
        """;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory(Timeout = 300_000)]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(true, "es")]
    [InlineData(false, "es")]
    public async Task A_newcomer_finds_home_by_name_and_the_post_form_draws_its_map_only_when_asked(bool javaScript, string language)
    {
        await using var geocoder = new StubGeocoder { Answer = Plazas, Status = HttpStatusCode.ServiceUnavailable };
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken, geocoder.Settings());
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript, language, Phone);
        var (page, say, state) = (rosa.Page, rosa.Say, $"{language}-{(javaScript ? "js" : "no-js")}");
        await rosa.JoinAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(say["Where is home?"]);

        // The search service fails: told at the field, what was typed kept, nothing saved.
        await page.Locator("#Input_PlaceQuery").FillAsync("Plaza Mayor");
        await page.GetByRole(AriaRole.Button, new() { Name = say["Search"], Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.PlaceQuery']")).ToHaveTextAsync(say["The place search is not answering just now. Try again later, or choose another option."]);
        await Expect(page.Locator("#Input_PlaceQuery")).ToHaveValueAsync("Plaza Mayor");

        geocoder.Status = HttpStatusCode.OK;
        await page.GetByRole(AriaRole.Button, new() { Name = say["Search"], Exact = true }).ClickAsync();
        await Expect(page.Locator(".found-places input[type=radio]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#found-0")).ToBeCheckedAsync();
        if (javaScript)
        {
            // The map moved to the first place found and marks it.
            await Expect(page.Locator("#profile-map path.leaflet-interactive")).ToHaveCountAsync(1);
        }

        await Screenshots.SaveAsync(page, $"home-place-found-360-{state}");
        await CheckLayoutAndAxeAsync(page, javaScript);
        await page.Locator("#found-1").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = say["Save and go on"], Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(HelpingStep());
        Assert.Equal((41.652, -4.7286), await HomeAsync(app, rosa.Email));
        Assert.Equal(2, geocoder.Requests);

        // The post form: near home by default; the map only for a place on the map.
        await page.GotoAsync("/Posts/New?kind=Need");
        await Expect(page.Locator("#location-home")).ToBeCheckedAsync();
        var height = await page.Locator("main form[method=post]").EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        TestContext.Current.TestOutputHelper?.WriteLine($"Need form, {Phone} px, {state}, place search on: {height:0} px");
        await Screenshots.SaveAsync(page, $"post-form-short-360-{state}");
        await Expect(page.Locator("#post-map")).ToBeHiddenAsync();
        if (javaScript)
        {
            await CheckLayoutAndAxeAsync(page, javaScript);
            await page.Locator("#location-point").CheckAsync();
            await Expect(page.Locator("#post-map")).ToBeVisibleAsync();
            await Expect(page.Locator("#post-map .leaflet-tile-container")).ToHaveCountAsync(1);
            await Screenshots.SaveAsync(page, $"post-form-map-360-{state}");
            await CheckLayoutAndAxeAsync(page, javaScript);
            await page.Locator("#location-home").CheckAsync();
            await Expect(page.Locator("#post-map")).ToBeHiddenAsync();
        }

        Assert.Empty(rosa.BrowserErrors);
    }

    private static async Task CheckLayoutAndAxeAsync(IPage page, bool javaScript)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Phone, $"{page.Url} is {scrollWidth} px wide on a {Phone} px screen.");
        if (javaScript)
        {
            var result = await page.RunAxe(Wcag);
            Assert.True(result.Violations.Length == 0, $"axe found on {page.Url}:\n" + string.Join("\n", result.Violations.Select(v =>
                $"- {v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}")));
        }
    }

    private static async Task<(double, double)> HomeAsync(AppServer app, string email)
    {
        await using var db = new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        await using var select = db.CreateCommand();
        select.CommandText = "SELECT HomeLatitude, HomeLongitude FROM AspNetUsers WHERE NormalizedEmail = $email";
        select.Parameters.AddWithValue("$email", email.ToUpperInvariant());
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No account for {email}.");
        return (Math.Round(reader.GetDouble(0), 6), Math.Round(reader.GetDouble(1), 6));
    }

    [GeneratedRegex("/Profile/Helping")]
    private static partial Regex HelpingStep();
}
