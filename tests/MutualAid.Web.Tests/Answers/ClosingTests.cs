using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

public class ClosingTests
{
    private static async Task<(MutualAidApp App, HttpClient Ana, HttpClient Ben, HttpClient Cai, int PostId)> AnsweredPostAsync()
    {
        var app = new MutualAidApp();
        var (ana, ben, postId, bens) = await app.AnsweredPostAsync(answer: "Me");
        var cai = await app.SignedInAsync(Person.Cai);
        await cai.AnswerAsync(postId, "Me too");
        await ana.PressAsync(postId, "Accept", bens);
        return (app, ana, ben, cai, postId);
    }

    [Fact]
    public async Task Fulfilling_a_post_closes_the_answers_still_waiting_and_tells_those_neighbors()
    {
        var (app, ana, _, cai, postId) = await AnsweredPostAsync();
        await using var _ = app;

        await ana.PressAsync(postId, "Fulfil");
        await app.DeliverEmailAsync();

        Assert.Equal(AnswerStatus.Declined, await app.WithDbAsync(db => db.Answers.Where(a => a.Message == "Me too").Select(a => a.Status).SingleAsync()));
        Assert.Contains(app.Mail.To("cai@example.org"), m => m.Subject == "“Ride to the clinic” is done");
        Assert.DoesNotContain("Waiting for", (await cai.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_neighbor_stepping_back_reopens_the_post_and_tells_the_author()
    {
        var (app, _, ben, _, postId) = await AnsweredPostAsync();
        await using var _ = app;

        await ben.PressAsync(postId, "WithdrawAnswer");
        await app.DeliverEmailAsync();

        Assert.Equal(Web.Posts.PostStatus.Open, (await app.FindPostAsync(postId))!.Status);
        Assert.Contains(app.Mail.To("ana@example.org"), m => m.Subject == "Ben can no longer help with “Ride to the clinic”");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Nope")]
    [InlineData("/Withdraw")]
    public async Task A_form_sent_to_a_post_with_an_unknown_action_finds_nothing_and_changes_nothing(string suffix)
    {
        var (app, _, _, cai, postId) = await AnsweredPostAsync();
        await using var _ = app;
        var page = await cai.GetPageAsync($"/Posts/{postId}");

        var response = await cai.PostWithTokenOfAsync(page, suffix.StartsWith('/') ? $"/Posts/{postId}{suffix}" : $"/Posts/{postId}{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Web.Posts.PostStatus.InProgress, (await app.FindPostAsync(postId))!.Status);
    }
}
