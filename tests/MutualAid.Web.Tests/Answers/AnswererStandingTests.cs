using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

// Beside each answer the author sees how long the answerer has been a neighbor, in whole calendar
// weeks or months, and how many thank-you notes they received; nobody else sees it.
public class AnswererStandingTests
{
    [Fact]
    public async Task The_author_sees_tenure_and_thanks_counts_beside_each_answer_and_nobody_else_does()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, firstPost, firstAnswer) = await app.AnsweredPostAsync();
        await ana.PressAsync(firstPost, "Accept", firstAnswer);
        await ana.PressAsync(firstPost, "Fulfil");
        var benId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ben@example.org").Select(u => u.Id).SingleAsync());
        await ana.PostWithTokenOfAsync(await ana.GetPageAsync($"/Posts/{firstPost}"), $"/Posts/{firstPost}?handler=Thank",
            values: new() { ["toId"] = benId, ["Message"] = "Thank you!" });
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == benId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, MutualAidApp.StartTime.UtcDateTime.AddDays(-100))));
        var secondPost = await app.PostThroughFormAsync(ana, "Need", "Help with a shelf");
        await ben.AnswerAsync(secondPost, "Happy to");
        var cai = await app.SignedInAsync(Person.Cai);
        await cai.AnswerAsync(secondPost, "Me too");

        var page = await ana.GetPageAsync($"/Posts/{secondPost}");
        var standings = page.Document.QuerySelectorAll(".standing").Select(s => s.TextContent.Trim()).ToList();

        Assert.Equal(["Neighbor for 3 months · 1 thank-you note received", "New this week · no thank-you notes yet"], standings);
        Assert.Empty((await ben.GetPageAsync($"/Posts/{secondPost}")).Document.QuerySelectorAll(".standing"));
        Assert.Empty((await cai.GetPageAsync($"/Posts/{secondPost}")).Document.QuerySelectorAll(".standing"));
        Assert.DoesNotContain("thank-you note", (await app.CreateBrowserClient().GetPageAsync($"/Posts/{secondPost}")).Text, StringComparison.Ordinal);
    }

    // Two neighbors who joined on the Monday and the Sunday of the same week read the same words at
    // every moment, so the words never tell more than the week someone joined.
    [Fact]
    public void Tenure_changes_at_the_same_moment_for_everyone_who_joined_in_the_same_week()
    {
        var monday = new DateTime(2026, 11, 2, 0, 0, 1, DateTimeKind.Utc);
        var sunday = new DateTime(2026, 11, 8, 23, 59, 0, DateTimeKind.Utc);
        for (var now = sunday; now < sunday.AddDays(400); now = now.AddHours(7))
        {
            Assert.Equal(Tenure.Between(monday, now), Tenure.Between(sunday, now));
        }

        Assert.Equal(new Tenure(TenureUnit.NewThisWeek, 0), Tenure.Between(sunday, sunday.AddSeconds(30)));
        Assert.Equal(new Tenure(TenureUnit.Weeks, 1), Tenure.Between(sunday, sunday.AddMinutes(2)));
        Assert.Equal(new Tenure(TenureUnit.Months, 3), Tenure.Between(monday, new DateTime(2027, 2, 10, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new Tenure(TenureUnit.Years, 2), Tenure.Between(monday, new DateTime(2028, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
