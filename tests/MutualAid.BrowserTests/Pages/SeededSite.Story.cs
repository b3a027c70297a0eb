using Microsoft.Data.Sqlite;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

// The seeded site's story: Rosa (the steward) and Tomas with homes, needs and offers near each
// other; answers waiting, accepted and fulfilled on both sides; a withdrawn post; Ivo, whom Rosa
// blocked herself and then as a steward; Rosa and Tomas talking on an answer; Tomas's post that
// Lena reported and Rosa hid; an open report; and Lena, who has just joined and done nothing else. Each post a page state needs is kept by name for SitePage paths.
public sealed partial class SeededSite
{
    public async ValueTask InitializeAsync()
    {
        app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, Steward);
        await using var tomas = await Neighbor.OpenAsync(browser, app, mail, "Tomas");
        await using var lena = await Neighbor.OpenAsync(browser, app, mail, Newcomer);
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.AddNeighborhoodAsync("Old Town", 40.4150, -3.7070);
        await rosa.SetHomeAsync("Riverside", onTheMap: true);
        var need = await rosa.PostAsync("need", "Meals", "Soup for a sick household", details: "Two of us are down with flu this week. Anything warm is welcome.");
        var bikes = await rosa.PostAsync("offer", "Skills & repairs", "Bike repairs on Saturday mornings", (40.4120, -3.7190), "Punctures, brakes and chains. Bring the bike to the square.");
        var boxes = await rosa.PostAsync("need", "Moving help", "Boxes to the recycling point", details: "Six boxes, light.");
        var jars = await rosa.PostAsync("offer", "Household goods", "Empty jam jars");
        await BringTheirEndNearAsync(need, jars);
        places["renew"] = (await mail.WaitForAsync(rosa.Email, "“Soup for a sick household” closes")).Link($"/Posts/{need}/Renew");
        places["renew-closed"] = (await mail.WaitForAsync(rosa.Email, "“Empty jam jars” closes")).Link($"/Posts/{jars}/Renew");

        await tomas.JoinAsync();
        await tomas.SetHomeAsync("Old Town", onTheMap: false);
        var offer = await tomas.PostAsync("offer", "Meals", "A pot of lentil soup to share", details: "I cook too much on Sundays. Enough for four people.");
        var ride = await tomas.PostAsync("need", "Rides & errands", "Ride to the clinic on Tuesday", (40.4060, -3.7040), "Appointment at 10:00, back by noon.");
        var ladder = await tomas.PostAsync("offer", "Household goods", "A ladder to lend, 3 m", (40.4180, -3.7110));
        var sofa = await tomas.PostAsync("need", "Moving help", "Two hands to carry a sofa upstairs", (40.4030, -3.7120));
        // Ivo offers something and Rosa blocks him from his post, so her list of blocks has a name in it.
        await using (var ivo = await Neighbor.OpenAsync(browser, app, mail, "Ivo"))
        {
            await ivo.JoinAsync();
            await ivo.SetHomeAsync("Old Town", onTheMap: false);
            var ivoOffer = await ivo.PostAsync("offer", "Clothing", "Winter coats, children's sizes");
            await rosa.Page.GotoAsync($"/Posts/{ivoOffer}");
            await rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Block Ivo" }).ClickAsync();
            await rosa.Page.GotoAsync("/Profile/Blocked");
            await Expect(rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Unblock Ivo" })).ToBeVisibleAsync();
            // Tomas reports Ivo and the steward blocks his account, so the stewards' list has a name too.
            await tomas.ReportAsync(ivoOffer, "He asks for money before giving anything.", aboutAuthor: true);
            await rosa.Page.GotoAsync("/Moderation");
            var report = rosa.Page.Locator("li.post-card", new() { HasText = "Ivo" });
            await report.Locator("input[name=reason]").FillAsync("Asked for money, reported by a neighbor.");
            await report.GetByRole(AriaRole.Button, new() { Name = "Block Ivo" }).ClickAsync();
            await rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, block Ivo" }).ClickAsync();
            await Expect(rosa.Page.Locator(".notice")).ToBeVisibleAsync();
        }

        await tomas.Page.GotoAsync($"/Posts/{need}");
        await tomas.Page.GetByLabel("A short message to Rosa").FillAsync("I made too much soup. I can bring some tonight.");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = "I can help" }).ClickAsync();
        await Expect(tomas.Page.GetByText("Waiting for Rosa to decide.")).ToBeVisibleAsync();
        await tomas.AnswerAsync(bikes, "My back wheel wobbles.");
        await rosa.AcceptAsync(bikes, "Tomas");
        await tomas.AnswerAsync(boxes, "I have a trolley.");
        await rosa.AcceptAsync(boxes, "Tomas");
        await rosa.MarkFulfilledAsync(boxes);
        await rosa.WithdrawAsync(jars);
        await rosa.AnswerAsync(ride, "I drive past the clinic on Tuesdays.");
        await rosa.AnswerAsync(ladder, "For the gutters, one afternoon.");
        await tomas.AcceptAsync(ladder, "Rosa");

        await lena.JoinAsync();
        await TalkAndHideAsync(rosa, tomas, lena, sofa);
        await lena.ReportAsync(offer, "The photo in the details is not of food.");
        await rosa.Page.GotoAsync("/Moderation");
        places["report-open"] = (await rosa.Page.Locator("li.post-card input[name=reportId]").First.GetAttributeAsync("value"))!;

        places["need"] = $"{need}";
        places["offer"] = $"{offer}";
        places["offer-author"] = await NeighborIdAsync(rosa, offer);
        places["accepted"] = $"{bikes}";
        places["fulfilled"] = $"{boxes}";
        places["withdrawn"] = $"{jars}";
        places["answered"] = $"{ride}";
        places["answer-accepted"] = $"{ladder}";
        cookies[Steward] = await rosa.Page.Context.StorageStateAsync();
        cookies[Newcomer] = await lena.Page.Context.StorageStateAsync();
        cookies[Author] = await tomas.Page.Context.StorageStateAsync();
    }

    // A post lives for weeks; as if they had passed, its end comes within the reminder's reach,
    // and the app's expiry job sends the reminder with its renewal link within a second.
    private async Task BringTheirEndNearAsync(params int[] postIds)
    {
        await using var db = new SqliteConnection($"Data Source={app!.DatabasePath}");
        await db.OpenAsync();
        await using var update = db.CreateCommand();
        update.CommandText = $"UPDATE Posts SET ExpiresAt = datetime('now', '+2 days') WHERE Id IN ({string.Join(",", postIds)})";
        await update.ExecuteNonQueryAsync();
    }

    // The account id behind a post, as its "Report" link carries it.
    private static async Task<string> NeighborIdAsync(Neighbor reader, int postId)
    {
        await reader.Page.GotoAsync($"/Posts/{postId}");
        var link = await reader.Page.Locator("a[href^='/Report?neighborId=']").GetAttributeAsync("href");
        return link!["/Report?neighborId=".Length..];
    }
}
