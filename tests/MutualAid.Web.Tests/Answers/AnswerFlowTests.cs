using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

public class AnswerFlowTests
{
    [Fact]
    public async Task Answer_accept_introduce_fulfil_and_thank_through_the_site()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ben);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ben@example.org")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, "+34 600 111 222")));
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInClientAsync("ben@example.org");
        var cai = await app.SignedInAsync(Person.Cai);
        var postId = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");

        var answered = await ben.AnswerAsync(postId, "I can drive you on Tuesday at 9.");
        await cai.AnswerAsync(postId, "I could take the bus with you.");
        Assert.Contains("Your answer is sent", answered.Notice(), StringComparison.Ordinal);
        var anasView = await ana.GetPageAsync($"/Posts/{postId}");
        Assert.Contains("I can drive you on Tuesday at 9.", anasView.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ben@example.org", anasView.Html, StringComparison.Ordinal);
        await app.DeliverEmailAsync();
        Assert.Equal(2, app.Mail.To("ana@example.org").Count(m => (m.Subject ?? "").Contains("answered", StringComparison.Ordinal)));

        var bensAnswerId = await app.AnswerIdAsync("I can drive you on Tuesday at 9.");
        var accepted = await ana.PressAsync(postId, "Accept", bensAnswerId);
        Assert.Contains("Accepted", accepted.Notice(), StringComparison.Ordinal);
        Assert.Contains("ben@example.org", accepted.Text, StringComparison.Ordinal);
        Assert.Contains("+34 600 111 222", accepted.Text, StringComparison.Ordinal);
        await app.DeliverEmailAsync();

        var toAna = app.Mail.To("ana@example.org").Single(m => m.Subject == "You are in touch with Ben");
        var toBen = app.Mail.To("ben@example.org").Single(m => m.Subject == "You are in touch with Ana");
        Assert.Contains("ben@example.org", toAna.TextBody, StringComparison.Ordinal);
        Assert.Contains("+34 600 111 222", toAna.TextBody, StringComparison.Ordinal);
        Assert.Contains("ana@example.org", toBen.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("cai@example.org", toAna.TextBody + toBen.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Mail.To("cai@example.org"), m => (m.TextBody ?? "").Contains("ana@example.org", StringComparison.Ordinal));
        var caisView = await cai.GetPageAsync($"/Posts/{postId}");
        Assert.DoesNotContain("ana@example.org", caisView.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("ben@example.org", caisView.Html, StringComparison.Ordinal);
        Assert.Contains("This post is full", (await app.CreateBrowserClient().GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);
        Assert.Contains("This post is full", caisView.Text, StringComparison.Ordinal);

        var fulfilled = await ben.PressAsync(postId, "Fulfil");
        Assert.Contains("Marked fulfilled", fulfilled.Notice(), StringComparison.Ordinal);
        await app.DeliverEmailAsync();
        Assert.Single(app.Mail.To("ana@example.org"), m => m.Subject == "“Ride to the clinic” is done");

        var anasPage = await ana.GetPageAsync($"/Posts/{postId}");
        await ana.SubmitAsync(anasPage, "form[action*='handler=Thank']", new() { ["Message"] = "Thank you, Ben!", ["sharePublicly"] = "true" });
        var bensPage = await ben.GetPageAsync($"/Posts/{postId}");
        Assert.Contains("Thank you, Ben!", bensPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you, Ben!", (await app.CreateBrowserClient().GetPageAsync("/")).Text, StringComparison.Ordinal);
        await ben.SubmitAsync(bensPage, "form[action*='handler=ShareThanks']", []);

        var home = await app.CreateBrowserClient().GetPageAsync("/");
        Assert.Contains("Thank you, Ben!", home.Text, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Fulfilled, (await app.FindPostAsync(postId))!.Status);
    }

    [Fact]
    public async Task A_stranger_cannot_accept_decline_fulfil_or_see_answers_and_an_author_cannot_answer_their_own_post()
    {
        await using var app = new MutualAidApp();
        var (ana, _, postId, answerId) = await app.AnsweredPostAsync(answer: "Secret plan: Tuesday 9 am");
        var cai = await app.SignedInAsync(Person.Cai);
        var caisPage = await cai.GetPageAsync($"/Posts/{postId}");

        var tries = new[]
        {
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{postId}?handler=Accept&answerId={answerId}"),
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{postId}?handler=Decline&answerId={answerId}"),
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{postId}?handler=Fulfil"),
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{postId}?handler=Withdraw"),
        };
        var ownAnswer = await ana.PostWithTokenOfAsync(await ana.GetPageAsync($"/Posts/{postId}"), $"/Posts/{postId}?handler=Answer", values: new() { ["Message"] = "me too" });

        Assert.All(tries, response => Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode));
        Assert.DoesNotContain("Secret plan", caisPage.Text, StringComparison.Ordinal);
        Assert.Contains("cannot answer your own post", (await HtmlForms.ParseAsync(ownAnswer)).Notice(), StringComparison.Ordinal);
        var answers = await app.WithDbAsync(db => db.Answers.ToListAsync());
        Assert.Equal(AnswerStatus.Pending, Assert.Single(answers).Status);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
    }

    [Fact]
    public async Task A_long_answer_is_explained_and_kept_and_a_second_answer_is_refused()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Spare bread");

        var before = await ben.GetPageAsync($"/Posts/{postId}");
        Assert.Equal("I'd like this", before.Document.QuerySelector("form[action*='handler=Answer'] button")!.TextContent);
        var tooLong = await ben.AnswerAsync(postId, new string('x', 1001));
        Assert.Contains("Keep your message to 1000 characters or fewer.", tooLong.Text, StringComparison.Ordinal);
        Assert.Equal(new string('x', 1001), tooLong.Document.QuerySelector("#Message")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Answers.CountAsync()));

        await ben.AnswerAsync(postId, "Yes please");
        var page = await ben.GetPageAsync($"/Posts/{postId}");
        var again = await ben.PostWithTokenOfAsync(page, $"/Posts/{postId}?handler=Answer", values: new() { ["Message"] = "again" });

        Assert.Contains("already answered", (await HtmlForms.ParseAsync(again)).Notice(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task Releasing_an_accepted_answer_frees_the_place_and_a_withdrawn_post_cannot_be_fulfilled()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync(answer: "Me");
        await ana.PressAsync(postId, "Accept", answerId);
        Assert.Equal(PostStatus.InProgress, (await app.FindPostAsync(postId))!.Status);

        await ana.PressAsync(postId, "Decline", answerId);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        Assert.Equal(0, (await app.FindPostAsync(postId))!.AcceptedCount);

        await ben.AnswerAsync(postId, "Me again");
        var secondId = await app.AnswerIdAsync("Me again");
        await ana.PressAsync(postId, "Accept", secondId);
        var page = await ben.GetPageAsync($"/Posts/{postId}");
        var withdraw = await ana.GetPageAsync($"/Posts/{postId}/Withdraw");
        await ana.SubmitAsync(withdraw, "form[action*=Withdraw]", []);
        var fulfil = await ben.SubmitForPageAsync(page, "form[action*='handler=Fulfil']", []);

        Assert.Contains("already closed", fulfil.Notice(), StringComparison.Ordinal);
        Assert.Equal(PostStatus.Withdrawn, (await app.FindPostAsync(postId))!.Status);
    }
}
