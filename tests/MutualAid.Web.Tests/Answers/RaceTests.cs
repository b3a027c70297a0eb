using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Answers;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

// Against a real SQLite file: simultaneous steps must never break the post's rules.
public class RaceTests
{
    private static async Task<(MutualAidApp App, HttpClient Author, int PostId, List<int> AnswerIds)> PostWithTwentyAnswersAsync()
    {
        var app = new MutualAidApp();
        var author = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(author, "Offer", "One winter coat");
        for (var i = 0; i < 20; i++)
        {
            var neighbor = await app.AddNeighborAsync($"n{i}@example.org", $"Neighbor {i}", TestData.BenHome);
            await app.InScopeAsync(async services =>
            {
                var result = await services.GetRequiredService<AnswerFlow>().AnswerAsync(postId, neighbor.Id, "I'd like it");
                Assert.Equal(FlowOutcome.Done, result.Outcome);
            });
        }

        var ids = await app.WithDbAsync(db => db.Answers.Select(a => a.Id).ToListAsync());
        return (app, author, postId, ids);
    }

    [Fact]
    public async Task Twenty_simultaneous_acceptances_of_a_one_place_post_accept_exactly_one()
    {
        for (var round = 0; round < 5; round++)
        {
            var (app, _, postId, answerIds) = await PostWithTwentyAnswersAsync();
            await using var __ = app;
            // One device per press: each reads its own notice, which a shared cookie jar would mix up.
            var devices = new List<(HttpClient Client, HtmlPage Page)>();
            foreach (var _ in answerIds)
            {
                var device = await app.SignedInClientAsync(Person.Ana.Email);
                devices.Add((device, await device.GetPageAsync($"/Posts/{postId}")));
            }

            var responses = await Task.WhenAll(answerIds.Zip(devices).Select(press =>
                press.Second.Client.PostWithTokenOfAsync(press.Second.Page, $"/Posts/{postId}?handler=Accept&answerId={press.First.ToString(CultureInfo.InvariantCulture)}")));
            var notices = await Task.WhenAll(responses.Select(async r => (await HtmlForms.ParseAsync(r)).Notice()));

            Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
            Assert.Single(notices, n => n.StartsWith("Accepted", StringComparison.Ordinal));
            Assert.All(notices.Where(n => !n.StartsWith("Accepted", StringComparison.Ordinal)), n =>
                Assert.True(n.Contains("already taken", StringComparison.Ordinal) || n.Contains("is full", StringComparison.Ordinal) || n == AnswerFlow.Conflict, n));
            Assert.Equal(1, await app.WithDbAsync(db => db.Answers.CountAsync(a => a.Status == AnswerStatus.Accepted)));
            var post = await app.FindPostAsync(postId);
            Assert.Equal((1, PostStatus.InProgress), (post!.AcceptedCount, post.Status));
        }
    }

    [Fact]
    public async Task Answers_and_acceptances_at_once_never_exceed_the_capacity()
    {
        for (var round = 0; round < 3; round++)
        {
            var (app, _, postId, answerIds) = await PostWithTwentyAnswersAsync();
            await using var __ = app;
            var authorId = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.AuthorId).SingleAsync());
            var late = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                late.Add((await app.AddNeighborAsync($"late{i}@example.org", $"Late {i}", TestData.BenHome)).Id);
            }

            var steps = answerIds.Select(id => (Func<AnswerFlow, Task<FlowResult>>)(flow => flow.AcceptAsync(postId, id, authorId)))
                .Concat(late.Select(id => (Func<AnswerFlow, Task<FlowResult>>)(flow => flow.AnswerAsync(postId, id, "me too"))));
            await Task.WhenAll(steps.Select(step => app.InScopeAsync(async services => await step(services.GetRequiredService<AnswerFlow>()))));

            Assert.Equal(1, await app.WithDbAsync(db => db.Answers.CountAsync(a => a.Status == AnswerStatus.Accepted)));
            Assert.Equal(1, (await app.FindPostAsync(postId))!.AcceptedCount);
        }
    }

    [Fact]
    public async Task Withdrawing_and_fulfilling_at_once_never_leave_a_post_both()
    {
        for (var round = 0; round < 5; round++)
        {
            var (app, _, postId, answerIds) = await PostWithTwentyAnswersAsync();
            await using var __ = app;
            var authorId = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.AuthorId).SingleAsync());
            await app.InScopeAsync(services => services.GetRequiredService<AnswerFlow>().AcceptAsync(postId, answerIds[0], authorId));

            var results = new FlowResult[2];
            await Task.WhenAll(
                app.InScopeAsync(async s => results[0] = await s.GetRequiredService<AnswerFlow>().WithdrawPostAsync(postId, authorId)),
                app.InScopeAsync(async s => results[1] = await s.GetRequiredService<AnswerFlow>().FulfilAsync(postId, authorId)));

            Assert.Single(results, r => r.Outcome == FlowOutcome.Done);
            var status = (await app.FindPostAsync(postId))!.Status;
            Assert.True(status is PostStatus.Withdrawn or PostStatus.Fulfilled);
        }
    }

    [Fact]
    public async Task The_expiry_job_during_an_acceptance_leaves_one_consistent_outcome()
    {
        for (var round = 0; round < 5; round++)
        {
            var (app, _, postId, answerIds) = await PostWithTwentyAnswersAsync();
            await using var __ = app;
            var authorId = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.AuthorId).SingleAsync());
            app.Clock.Advance(Post.OfferLifetime - TimeSpan.FromMinutes(1));

            var accept = app.InScopeAsync(s => s.GetRequiredService<AnswerFlow>().AcceptAsync(postId, answerIds[0], authorId));
            app.Clock.Advance(TimeSpan.FromMinutes(2));
            var expire = app.InScopeAsync(s => s.GetRequiredService<ExpiryJob>().RunAsync());
            await Task.WhenAll(accept, expire);

            var post = (await app.FindPostAsync(postId))!;
            var accepted = await app.WithDbAsync(db => db.Answers.CountAsync(a => a.Status == AnswerStatus.Accepted));
            Assert.Equal(post.AcceptedCount, accepted);
            Assert.True((post.Status, accepted) is (PostStatus.InProgress, 1) or (PostStatus.Expired, 0), $"{post.Status} with {accepted} accepted");
        }
    }
}
