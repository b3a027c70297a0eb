using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Moderation;

// Tells the stewards about new reports at the next tick of the background jobs, but at most once
// per ReportEmailEveryMinutes: reports that arrive in between wait and go together in the next
// email, so a flood of reports is one email per steward per period, and a trickle is never lost.
public sealed class ReportAlerts(AppDbContext db, UserManager<Neighbor> users, Recipients recipients, ModerationEmails emails, Outbox outbox,
    TimeProvider clock, IOptions<StewardOptions> options)
{
    private const int MostListed = 20;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lastTold = await db.Reports.MaxAsync(r => r.StewardsToldAt, cancellationToken);
        if (lastTold > now - TimeSpan.FromMinutes(options.Value.ReportEmailEveryMinutes)
            || !await db.Reports.AnyAsync(r => r.StewardsToldAt == null && r.ResolvedAt == null, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Claimed by a conditional update, so two app instances never both send the same news.
        var untold = await (from r in db.Reports.AsNoTracking()
                            where r.StewardsToldAt == null && r.ResolvedAt == null
                            join p in db.Posts on r.PostId equals p.Id into posts
                            from p in posts.DefaultIfEmpty()
                            join n in db.Users on r.NeighborId equals n.Id into neighbors
                            from n in neighbors.DefaultIfEmpty()
                            orderby r.CreatedAt, r.Id
                            select new { r.Id, r.PostId, PostTitle = p == null ? null : p.Title, NeighborName = n == null ? null : n.DisplayName })
            .ToListAsync(cancellationToken);
        var ids = untold.Select(r => r.Id).ToList();
        if (await db.Reports.Where(r => ids.Contains(r.Id) && r.StewardsToldAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.StewardsToldAt, now), cancellationToken) != ids.Count)
        {
            return 0;
        }

        var stewardIds = (await users.GetUsersInRoleAsync(StewardOptions.Role)).Where(s => !s.IsBlocked).Select(s => s.Id).ToList();
        var written = 0;
        foreach (var steward in (await recipients.ManyAsync(stewardIds, cancellationToken)).Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            using var _ = CultureScope.Of(steward.Language);
            var listed = untold.Take(MostListed)
                .Select(r => new ModerationEmails.Reported(r.PostId, r.PostId is null ? emails.NeighborWhat(r.NeighborName ?? "") : emails.PostWhat(r.PostTitle ?? "")))
                .ToList();
            written += outbox.EnqueueUpdate(steward, to => emails.NewReports(to, listed)) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }
}
