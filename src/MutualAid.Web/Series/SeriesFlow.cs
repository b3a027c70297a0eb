using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Series;

// The steps that act on a whole series from one of its dates' pages. Each date's own steps (accept,
// withdraw an answer, withdraw a post) are AnswerFlow's, so a series changes its dates exactly as a
// neighbor acting on each would, with the same emails.
public sealed class SeriesFlow(AppDbContext db, AnswerFlow answers, SeriesOccurrences occurrences, Outbox outbox, Recipients recipients,
    SeriesEmails emails, SiteTimeZone timeZone, TimeProvider clock, IStringLocalizer<SeriesFlow> text)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // The author accepts an "every time" answer for this date and every later one.
    public async Task<FlowResult> AcceptForSeriesAsync(int postId, int answerId, string authorId)
    {
        var (post, series) = await LoadAsync(postId);
        var answer = await db.Answers.FirstOrDefaultAsync(a => a.Id == answerId && a.PostId == postId);
        if (post is null || series is null || answer is null || !series.IsAuthor(authorId) || !answer.OffersEveryTime)
        {
            return FlowResult.NotFound;
        }

        if (!series.IsLive || answer.Status is not (AnswerStatus.Pending or AnswerStatus.Accepted))
        {
            return FlowResult.Refused(text["This answer can no longer be accepted for every date."]);
        }

        if (answer.Status == AnswerStatus.Pending && await answers.AcceptAsync(postId, answerId, authorId) is { Outcome: not FlowOutcome.Done } refused)
        {
            return refused;
        }

        series.TakeBy(answer.NeighborId, Now);
        foreach (var later in await LaterDatesAsync(series, post.OccursOn!.Value))
        {
            if (later.TakesAnswersAt(Now) && !await db.Answers.AnyAsync(a => a.PostId == later.Id && a.NeighborId == answer.NeighborId
                && (a.Status == AnswerStatus.Pending || a.Status == AnswerStatus.Accepted)))
            {
                occurrences.TakeFor(later, answer.NeighborId, Now);
            }
        }

        var author = await recipients.OneAsync(authorId);
        outbox.EnqueueUpdate(await recipients.OneAsync(answer.NeighborId), to => emails.TakenForSeries(to, author.DisplayName, series, post.Id));
        return await SaveAsync(text["Accepted for every date. Later dates come already taken by {0}.", (await recipients.OneAsync(answer.NeighborId)).DisplayName]);
    }

    // The neighbor taking every date stops: their answers on today's and later dates are withdrawn.
    public async Task<FlowResult> StepBackAsync(int postId, string neighborId)
    {
        var (post, series) = await LoadAsync(postId);
        if (post is null || series is null || series.TakenById != neighborId)
        {
            return FlowResult.NotFound;
        }

        series.StepBack(neighborId);
        var saved = await SaveAsync(text["You no longer take every date. The author is told."]);
        foreach (var date in await LaterDatesAsync(series, timeZone.Today(Now).AddDays(-1)))
        {
            await answers.WithdrawAnswerAsync(date.Id, neighborId);
        }

        return saved;
    }

    // The author withdraws the series: today's and later dates are withdrawn; past ones stay as they are.
    public async Task<FlowResult> WithdrawSeriesAsync(int postId, string authorId)
    {
        var (post, series) = await LoadAsync(postId);
        if (post is null || series is null || !series.IsAuthor(authorId))
        {
            return FlowResult.NotFound;
        }

        if (!series.IsLive)
        {
            return FlowResult.Refused(text["This series is already withdrawn."]);
        }

        series.Withdraw(Now);
        var saved = await SaveAsync(text["The series is withdrawn: today's and later dates are taken down. Earlier dates stay as they were."]);
        foreach (var date in await LaterDatesAsync(series, timeZone.Today(Now).AddDays(-1)))
        {
            if (date.CanBeWithdrawn)
            {
                await answers.WithdrawPostAsync(date.Id, authorId);
            }
        }

        return saved;
    }

    private async Task<(Post? Post, PostSeries? Series)> LoadAsync(int postId)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId);
        var series = post?.SeriesId is { } id ? await db.PostSeries.FirstOrDefaultAsync(s => s.Id == id) : null;
        return (post, series);
    }

    private Task<List<Post>> LaterDatesAsync(PostSeries series, DateOnly after) =>
        db.Posts.Where(p => p.SeriesId == series.Id && p.OccursOn > after).OrderBy(p => p.OccursOn).ToListAsync();

    private async Task<FlowResult> SaveAsync(string message)
    {
        try
        {
            await db.SaveChangesAsync();
            return FlowResult.Done(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FlowResult.Refused(text[AnswerFlow.Conflict]);
        }
        catch (PostRuleException rule)
        {
            return FlowResult.Refused(text[rule.Message]);
        }
    }
}
