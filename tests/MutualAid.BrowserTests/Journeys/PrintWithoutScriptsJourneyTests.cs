using System.Text;
using System.Text.RegularExpressions;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A visitor reading Spanish, on a phone with scripts off, finds the printed list from browse,
// chooses a neighborhood to measure from, and prints it: the list is in Spanish, passes axe, fits
// the phone, and Chromium prints it onto A4 sheets.
public sealed partial class PrintWithoutScriptsJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Posts = 6;

    [Fact(Timeout = 240_000)]
    public async Task A_Spanish_visitor_without_scripts_prints_a_neighborhood_list()
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using (var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa"))
        {
            await rosa.JoinAsync();
            await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
            await rosa.SetHomeAsync("Riverside", onTheMap: true);
            for (var i = 1; i <= Posts; i++)
            {
                await rosa.PostAsync(i % 2 == 0 ? "need" : "offer", "Meals", $"Post {i}: soup and bread", (40.4080 + (i * 0.002), -3.7150));
            }
        }

        await using var visitor = await Neighbor.OpenAsync(browser, app, mail, "Lucía", javaScript: false, language: "es", width: 360);
        await visitor.Page.GotoAsync("/");
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = visitor.Say["Print this list"] }).ClickAsync();
        await Expect(visitor.Page).ToHaveURLAsync(new Regex("/Print"));
        await visitor.Page.Locator("#near").SelectOptionAsync(new SelectOptionValue { Label = "Riverside" });
        await visitor.Page.Locator("#paper").SelectOptionAsync("A4");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = visitor.Say["Show the list"] }).ClickAsync();
        await Expect(visitor.Page).ToHaveURLAsync(new Regex("paper=A4"));
        await Expect(visitor.Page.Locator(".print-post")).ToHaveCountAsync(Posts);
        await Expect(visitor.Page.Locator(".print-where").First).ToContainTextAsync(visitor.Say["from the center of {0}", "Riverside"]);
        await Expect(visitor.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await PhoneCheck.FitsAndPassesAxeAsync(visitor, "print-es-nojs-360");

        await visitor.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(visitor.Page.Locator(".print-controls")).ToBeHiddenAsync();
        var pdf = Encoding.Latin1.GetString(await visitor.Page.PdfAsync(new() { PreferCSSPageSize = true }));
        Assert.True(PageObject().Count(pdf) >= 1, "Chromium printed no page");
        Assert.Empty(visitor.BrowserErrors);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
