using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.OwnData;

// Reads NeighborData for one neighbor: one query per table that holds their rows. Other neighbors
// appear by display name only, looked up once at the end.
public sealed class NeighborDataReader(AppDbContext db, TimeProvider clock)
{
    public async Task<NeighborData?> ReadAsync(string neighborId, CancellationToken cancellationToken)
    {
        var me = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == neighborId, cancellationToken);
        if (me is null)
        {
            return null;
        }

        var language = Languages.Current;
        var categories = (await db.Categories.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.NameIn(language));
        var neighborhood = me.NeighborhoodId is { } hoodId ? (await db.Neighborhoods.AsNoTracking().FirstOrDefaultAsync(n => n.Id == hoodId, cancellationToken))?.NameIn(language) : null;
        var isSteward = await db.UserRoles.AnyAsync(r => r.UserId == neighborId && db.Roles.Any(role => role.Id == r.RoleId && role.Name == StewardOptions.Role), cancellationToken);

        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == neighborId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var titles = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == neighborId || db.Answers.Any(a => a.PostId == p.Id && a.NeighborId == neighborId))
            .Select(p => new { p.Id, p.Title, p.AuthorId }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var answers = await db.Answers.AsNoTracking().Where(a => a.NeighborId == neighborId || db.Posts.Any(p => p.Id == a.PostId && p.AuthorId == neighborId))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var answerIds = answers.Select(a => a.Id).ToList();
        var messages = await db.AnswerMessages.AsNoTracking().Where(m => answerIds.Contains(m.AnswerId)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var thanks = await db.ThankYous.AsNoTracking().Where(t => t.FromId == neighborId || t.ToId == neighborId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReporterId == neighborId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var blocks = await db.NeighborBlocks.AsNoTracking().Where(b => b.BlockerId == neighborId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var postIds = posts.Select(p => p.Id).ToList();
        var matches = await db.Matches.AsNoTracking().Where(m => postIds.Contains(m.NeedId) || postIds.Contains(m.OfferId)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var helpMatches = await db.HelpMatches.AsNoTracking().Where(m => m.HelperId == neighborId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var emails = me.Email is null ? [] : await db.Outbox.AsNoTracking().Where(m => m.ToAddress == me.Email).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var failedLogIns = me.NormalizedEmail is null ? [] : await db.Set<FailedLogIn>().AsNoTracking().Where(f => f.Address == me.NormalizedEmail)
            .OrderBy(f => f.AttemptedAt).Select(f => f.AttemptedAt).ToListAsync(cancellationToken);

        var offline = await db.OfflineNeighbors.AsNoTracking().Where(o => o.CoordinatorId == neighborId).OrderBy(o => o.Id)
            .Select(o => new OfflineNeighborData(o.Id, o.Name, o.ReachBy, o.SharedAtIntroduction, o.CreatedAt)).ToListAsync(cancellationToken);
        var answerSides = answers.ToDictionary(a => a.Id, a => a.NeighborId == neighborId ? titles[a.PostId].AuthorId : a.NeighborId);
        var otherIds = answerSides.Values.Concat(thanks.Select(t => t.FromId == neighborId ? t.ToId : t.FromId))
            .Concat(reports.Select(r => r.NeighborId).OfType<string>()).Concat(blocks.Select(b => b.BlockedId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => otherIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string NameOf(string id) => names.GetValueOrDefault(id, "");

        AnswerData Answer(Posts.Answer a) => new(a.Id, a.PostId, titles[a.PostId].Title, NameOf(answerSides[a.Id]), a.Message, a.Status, a.CreatedAt);
        return new NeighborData(
            clock.GetUtcNow().UtcDateTime,
            new AccountData(me.Email ?? "", me.EmailConfirmed, me.DisplayName, me.Language, me.PhoneNumber, me.CreatedAt, me.FirstLoggedInAt, me.Notifications,
                [.. me.HelpCategoryIds.Select(id => categories.GetValueOrDefault(id, ""))], me.HelpDistanceKm, me.RadiusKm, me.HomeLatitude, me.HomeLongitude,
                neighborhood, isSteward, me.IsBlocked),
            [.. posts.Select(p => new PostData(p.Id, p.Kind, categories.GetValueOrDefault(p.CategoryId, ""), p.Title, p.Details, p.Status, p.Latitude, p.Longitude,
                p.RadiusKm, p.Urgency, p.Capacity, p.CreatedAt, p.ExpiresAt))],
            [.. answers.Where(a => a.NeighborId == neighborId).Select(Answer)],
            [.. answers.Where(a => a.NeighborId != neighborId).Select(Answer)],
            [.. messages.Select(m => new MessageData(m.AnswerId, titles[answers.First(a => a.Id == m.AnswerId).PostId].Title, m.SenderId == neighborId,
                NameOf(answerSides[m.AnswerId]), m.Text, m.CreatedAt))],
            [.. thanks.Where(t => t.FromId == neighborId).Select(t => new ThanksData(t.PostId, NameOf(t.ToId), t.Message, t.WriterAgreesPublic && t.ReaderAgreesPublic, t.CreatedAt))],
            [.. thanks.Where(t => t.ToId == neighborId).Select(t => new ThanksData(t.PostId, NameOf(t.FromId), t.Message, t.WriterAgreesPublic && t.ReaderAgreesPublic, t.CreatedAt))],
            [.. reports.Select(r => new ReportData(r.PostId, r.NeighborId is null ? null : NameOf(r.NeighborId), r.Reason, r.CreatedAt, r.ResolvedAt))],
            [.. blocks.Select(b => new BlockData(NameOf(b.BlockedId), b.CreatedAt))],
            [.. matches.Select(m => postIds.Contains(m.NeedId) ? new MatchData(m.NeedId, m.OfferId, m.CreatedAt) : new MatchData(m.OfferId, m.NeedId, m.CreatedAt))],
            [.. helpMatches.Select(m => new HelpMatchData(m.NeedId, m.CreatedAt, m.NotifiedAt))],
            [.. emails.Select(m => new EmailData(m.Subject, m.TextBody, m.Status, m.CreatedAt, m.SentAt))],
            failedLogIns,
            offline);
    }
}
