using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

public sealed record GratitudeNote(int Id, string ToId, string FromName, string ToName, string Message, string PostTitle, bool WriterAgrees, bool ReaderAgrees, bool ToViewer);

// Thank-you notes after a post is fulfilled: between the author and each accepted neighbor,
// one note each way, public only with both neighbors' consent. No note crosses a block.
public sealed class Gratitude(AppDbContext db, AnswerFlow flow, AnswerEmails emails, Recipients recipients, Outbox outbox, NeighborBlocks blocks,
    BlockedAccounts accounts, TimeProvider clock, IStringLocalizer<Gratitude> text)
{
    public async Task<FlowResult> ThankAsync(int postId, string fromId, string toId, string message, bool sharePublicly)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId);
        if (post is null)
        {
            return FlowResult.NotFound;
        }

        var accepted = await flow.AcceptedNeighborIdsAsync(postId);
        var pairIsValid = (post.IsAuthor(fromId) && accepted.Contains(toId)) || (post.IsAuthor(toId) && accepted.Contains(fromId));
        if (!pairIsValid || await blocks.BetweenAsync(fromId, toId))
        {
            return FlowResult.NotFound;
        }

        if (await accounts.RefusalAsync(fromId) is { } refusal)
        {
            return FlowResult.Refused(refusal);
        }

        if (post.Status != PostStatus.Fulfilled)
        {
            return FlowResult.Refused(text["Thank-you notes open once the post is marked fulfilled."]);
        }

        if (await db.ThankYous.AnyAsync(t => t.PostId == postId && t.FromId == fromId && t.ToId == toId))
        {
            return FlowResult.Refused(text["You have already thanked them for this post."]);
        }

        db.ThankYous.Add(new ThankYou(postId, fromId, toId, message, sharePublicly, clock.GetUtcNow().UtcDateTime));
        var people = await recipients.ManyAsync([fromId, toId]);
        outbox.EnqueueUpdate(people[toId], to => emails.Thanked(to, people[fromId].DisplayName, post.Title, postId, sharePublicly));

        await db.SaveChangesAsync();
        return FlowResult.Done(text["Thank you for saying thank you. They can read your note now."]);
    }

    public async Task<FlowResult> AgreeToShareAsync(int thankYouId, string readerId)
    {
        var note = await db.ThankYous.FirstOrDefaultAsync(t => t.Id == thankYouId && t.ToId == readerId);
        if (note is null)
        {
            return FlowResult.NotFound;
        }

        if (await accounts.RefusalAsync(readerId) is { } refusal)
        {
            return FlowResult.Refused(refusal);
        }

        note.ReaderAgreesPublic = true;
        await db.SaveChangesAsync();
        return FlowResult.Done(note.WriterAgreesPublic ? text["The note now appears on the home page."] : text["Noted. It stays private unless the writer agrees too."]);
    }

    public Task<List<GratitudeNote>> ForPostAsync(int postId, string viewerId) =>
        Notes(db.ThankYous.Where(t => t.PostId == postId && (t.FromId == viewerId || t.ToId == viewerId)), viewerId)
            .ToListAsync();

    // Shown beside every list: compiled once rather than built again on each request.
    private static readonly CompiledPerModel<Func<AppDbContext, int, IAsyncEnumerable<GratitudeNote>>> PublicNotes = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int count) =>
            from t in db.ThankYous.AsNoTracking().Where(t => t.WriterAgreesPublic && t.ReaderAgreesPublic).OrderByDescending(t => t.CreatedAt).Take(count)
            join writer in db.Users on t.FromId equals writer.Id
            join reader in db.Users on t.ToId equals reader.Id
            join post in db.Posts on t.PostId equals post.Id
            select new GratitudeNote(t.Id, t.ToId, writer.DisplayName, reader.DisplayName, t.Message, post.Title, true, true, false)));

    public async Task<List<GratitudeNote>> PublicAsync(int count)
    {
        var notes = new List<GratitudeNote>(count);
        await foreach (var note in PublicNotes.For(db)(db, count))
        {
            notes.Add(note);
        }

        return notes;
    }

    private IQueryable<GratitudeNote> Notes(IQueryable<ThankYou> notes, string viewerId) =>
        from t in notes.AsNoTracking()
        join writer in db.Users on t.FromId equals writer.Id
        join reader in db.Users on t.ToId equals reader.Id
        join post in db.Posts on t.PostId equals post.Id
        select new GratitudeNote(t.Id, t.ToId, writer.DisplayName, reader.DisplayName, t.Message, post.Title, t.WriterAgreesPublic, t.ReaderAgreesPublic, t.ToId == viewerId);
}
