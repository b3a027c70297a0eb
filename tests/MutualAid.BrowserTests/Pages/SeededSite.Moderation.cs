using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Pages;

public sealed partial class SeededSite
{
    // Rosa answers Tomas's sofa need and they exchange a message each on it; Tomas posts phones
    // for sale, Lena reports them and Rosa hides the post with a reason, which leaves its report
    // dealt with.
    private async Task TalkAndHideAsync(Neighbor rosa, Neighbor tomas, Neighbor lena, int sofa)
    {
        await rosa.AnswerAsync(sofa, "I can come on Saturday morning.");
        await tomas.Page.GotoAsync($"/Posts/{sofa}");
        await tomas.Page.GetByLabel("Message to Rosa").FillAsync("Thank you! Third floor, no lift. Is that all right?");
        await tomas.Page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(tomas.Page.Locator(".notice")).ToHaveTextAsync("Your message is sent.");
        await rosa.Page.GotoAsync($"/Posts/{sofa}");
        await rosa.Page.GetByLabel("Message to Tomas").FillAsync("Yes, the stairs are fine. I will bring a strap.");
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync("Your message is sent.");

        var phones = await tomas.PostAsync("offer", "Household goods", "Phones for sale, message me");
        await lena.ReportAsync(phones, "He sells phones here; this is a place for sharing.");
        await rosa.Page.GotoAsync("/Moderation");
        var card = rosa.Page.Locator("li.post-card", new() { HasText = "Phones for sale" });
        places["report-done"] = (await card.Locator("input[name=reportId]").GetAttributeAsync("value"))!;
        await card.Locator("input[name=reason]").FillAsync("This space is for sharing, not selling.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Hide post" }).ClickAsync();
        await Expect(rosa.Page.Locator(".notice")).ToHaveTextAsync("Hidden. The author is told your reason.");
        places["talk"] = $"{sofa}";
        places["hidden"] = $"{phones}";
    }
}
