using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A coordinator posts for a neighbor without an account and relays, on a phone: Rosa, the steward,
// names Cai a coordinator; Cai adds Amparo (no account), posts a need for her, hears of Ben's
// matching offer, accepts Ben's answer and marks it done. Ben learns only Cai's contact and the
// words Cai chose to share, never who Amparo is or how to reach her. Dana, a second coordinator,
// reads the same pages in Spanish without scripts.
public sealed class CoordinatorJourneyTests(MailServer mail, BrowserHost browser)
{
    private const string Title = "Soup for a neighbor who is unwell";
    private const string ReachBy = "Knock at the blue door, or ask her grandson Luis";
    private const string Shared = "She is on the ground floor; call me first";

    [Fact(Timeout = 180_000)]
    public async Task A_coordinator_adds_an_offline_neighbor_posts_for_her_relays_the_match_accepts_and_fulfils()
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa", javaScript: true, "en", width: 360);
        await using var cai = await Neighbor.OpenAsync(browser, app, mail, "Cai", javaScript: true, "en", width: 360);
        await using var ben = await Neighbor.OpenAsync(browser, app, mail, "Ben");
        await using var dana = await Neighbor.OpenAsync(browser, app, mail, "Dana", javaScript: false, "es", width: 360);
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await cai.JoinAsync();
        await dana.JoinAsync();
        await ben.JoinAsync();
        await ben.SetHomeAsync("Riverside", onTheMap: false);
        var offerId = await ben.PostAsync("offer", "Meals", "A pot of lentil soup to share");

        await NameCoordinatorAsync(rosa, cai, "Runs the phone line on Tuesdays.");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, "coordinators-en-js");
        await NameCoordinatorAsync(rosa, dana, "Does the door-to-door round.");

        // Cai adds Amparo; a missing name is told at its field, with what was typed kept.
        var page = cai.Page;
        await page.GotoAsync("/Coordinate");
        await Expect(page.GetByText("Nobody yet.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a neighbor without an account" }).ClickAsync();
        await page.GetByLabel("How to reach them (optional)").FillAsync(ReachBy);
        await page.GetByLabel("Their neighborhood").SelectOptionAsync(new SelectOptionValue { Label = "Riverside" });
        await page.GetByLabel("Shared when you introduce them (optional)").FillAsync(Shared);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Name']")).ToHaveTextAsync("Write the name they go by.");
        await Expect(page.GetByLabel("How to reach them (optional)")).ToHaveValueAsync(ReachBy);
        await PhoneCheck.FitsAndPassesAxeAsync(cai, "coordinate-add-error-en-js");
        await page.GetByLabel("The name they go by").FillAsync("Amparo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Saved. Only coordinators and stewards see these details.");
        var amparo = page.Locator("li.post-card", new() { HasText = "Amparo" });
        await Expect(amparo).ToContainTextAsync(ReachBy);

        // Cai posts a need for her: placed at her neighborhood, it looks like any other post.
        await amparo.GetByRole(AriaRole.Link, new() { Name = "Post a need for them" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ask for something Amparo needs");
        await page.Locator("#Input_CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Meals" });
        await page.Locator("#Input_Title").FillAsync(Title);
        await page.Locator("#Input_RadiusKm").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post it" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Title);
        var needId = int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);

        // The match reaches Cai, who posted it, and Ben, whose offer it meets.
        var caiMatch = await mail.WaitForAsync(cai.Email, "match");
        await page.GotoAsync(caiMatch.Link($"/Posts/{offerId}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("A pot of lentil soup to share");
        var benMatch = await mail.WaitForAsync(ben.Email, "match");
        Assert.DoesNotContain("Amparo", benMatch.Text, StringComparison.Ordinal);
        await ben.Page.GotoAsync(benMatch.Link($"/Posts/{needId}"));
        await Expect(ben.Page.Locator("main")).Not.ToContainTextAsync("Amparo");
        await ben.Page.GetByLabel("A short message to Cai").FillAsync("I can bring a pot tonight.");
        await ben.Page.GetByRole(AriaRole.Button, new() { Name = "I can help" }).ClickAsync();
        await Expect(ben.Page.Locator(".notice")).ToHaveTextAsync("Your answer is sent. You will get an email when the author decides.");

        // Cai's page shows the answer waiting; Cai accepts from the email.
        await page.GotoAsync("/Coordinate");
        await Expect(amparo).ToContainTextAsync("answers waiting: 1");
        await PhoneCheck.FitsAndPassesAxeAsync(cai, "coordinate-en-js");
        var answered = await mail.WaitForAsync(cai.Email, "Ben answered");
        await page.GotoAsync(answered.Link($"/Posts/{needId}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept Ben" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToBeVisibleAsync();

        // Ben learns Cai's contact and the shared words only; Cai learns Ben's.
        var toBen = await mail.WaitForAsync(ben.Email, "Cai will put you in touch");
        Assert.Contains("a coordinator", toBen.Text, StringComparison.Ordinal);
        Assert.Contains(cai.Email, toBen.Text, StringComparison.Ordinal);
        Assert.Contains(Shared, toBen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("blue door", toBen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Amparo", toBen.Text, StringComparison.Ordinal);
        var toCai = await mail.WaitForAsync(cai.Email, "You are in touch with Ben");
        Assert.Contains("which you posted for Amparo", toCai.Text, StringComparison.Ordinal);
        Assert.Contains(ben.Email, toCai.Text, StringComparison.Ordinal);

        await page.GotoAsync(toCai.Link($"/Posts/{needId}"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark fulfilled" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToHaveTextAsync("Marked fulfilled. You can leave a thank-you note below.");

        await SpanishWithoutScriptsAsync(dana);
        Assert.Empty(rosa.BrowserErrors);
        Assert.Empty(cai.BrowserErrors);
        Assert.Empty(ben.BrowserErrors);
    }

    internal static async Task NameCoordinatorAsync(Neighbor steward, Neighbor coordinator, string reason)
    {
        await steward.Page.GotoAsync("/Moderation/Coordinators");
        await steward.Page.GetByLabel("Their email").FillAsync(coordinator.Email);
        await steward.Page.GetByLabel("Why (recorded for the other stewards)").First.FillAsync(reason);
        await steward.Page.GetByRole(AriaRole.Button, new() { Name = "Name coordinator" }).ClickAsync();
        await Expect(steward.Page.Locator(".notice")).ToHaveTextAsync($"{coordinator.Name} is now a coordinator.");
    }

    // Dana sees Amparo with Cai (never how to reach her), and the add form's errors, in Spanish.
    private static async Task SpanishWithoutScriptsAsync(Neighbor dana)
    {
        var page = dana.Page;
        await page.GotoAsync("/Coordinate");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Vecinos por quienes publicas");
        await Expect(page.GetByText("Amparo, con Cai")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("blue door");
        await PhoneCheck.FitsAndPassesAxeAsync(dana, "coordinate-es-no-js");
        await page.GetByRole(AriaRole.Link, new() { Name = "Añadir a un vecino sin cuenta" }).ClickAsync();
        await page.GetByLabel("Cómo contactar (opcional)").FillAsync("Su sobrina Marta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Name']")).ToHaveTextAsync("Escribe el nombre con el que se le conoce.");
        await Expect(page.GetByLabel("Cómo contactar (opcional)")).ToHaveValueAsync("Su sobrina Marta");
        await PhoneCheck.FitsAndPassesAxeAsync(dana, "coordinate-add-error-es-no-js");
    }
}
