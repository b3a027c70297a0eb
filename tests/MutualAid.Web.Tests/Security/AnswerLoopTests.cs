using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A neighbor who wants to wear someone down answers their post, withdraws, answers again, over
// and over: each answer used to send the author a fresh email. The author hears of a neighbor's
// answer to a post once; the later ones wait on the post's page.
public class AnswerLoopTests
{
    [Fact]
    public async Task Answering_withdrawing_and_answering_again_emails_the_author_once()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Cai);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");

        for (var round = 1; round <= 5; round++)
        {
            await ben.AnswerAsync(post, $"Round {round}");
            if (round < 5)
            {
                Assert.Equal("Your answer is withdrawn.", (await ben.PressAsync(post, "WithdrawAnswer")).Notice().Trim());
            }
        }

        await (await app.SignedInClientAsync("cai@example.org")).AnswerAsync(post, "I can drive");
        await app.DeliverEmailAsync();

        var answers = app.Mail.To("ana@example.org").Where(m => (m.Subject ?? "").Contains("answered", StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(["Ben answered “Ride to the clinic”", "Cai answered “Ride to the clinic”"], answers.Order(StringComparer.Ordinal));
        Assert.Contains("Round 5", (await ana.GetPageAsync($"/Posts/{post}")).Text, StringComparison.Ordinal);
    }
}
