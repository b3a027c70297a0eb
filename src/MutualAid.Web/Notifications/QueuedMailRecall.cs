using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Notifications;

// When one neighbor blocks another, emails to one that name the other may still wait in the
// outbox: an introduction with the other's address, or a match, digest or update about the other's
// post. Those the sender has not claimed yet are taken back, and failed ones too, which a steward
// could otherwise send again across the block. The other matches a taken-back email
// listed are marked untold again, so the next email or digest carries them instead.
public sealed class QueuedMailRecall(AppDbContext db, EmailLinks links)
{
    private readonly Regex postLink = new(Regex.Escape(links.Absolute("/Posts/")) + @"(\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public async Task RecallBetweenAsync(string one, string other, CancellationToken cancellationToken)
    {
        await RecallAsync(one, other, cancellationToken);
        await RecallAsync(other, one, cancellationToken);
    }

    private async Task RecallAsync(string recipientId, string aboutId, CancellationToken cancellationToken)
    {
        var people = await db.Users.Where(u => u.Id == recipientId || u.Id == aboutId).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var to = people.FirstOrDefault(p => p.Id == recipientId)?.Email;
        var aboutAddress = people.FirstOrDefault(p => p.Id == aboutId)?.Email;
        if (to is null)
        {
            return;
        }

        var aboutPosts = (await db.Posts.Where(p => p.AuthorId == aboutId).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var waiting = await db.Outbox.AsNoTracking().Where(m => m.ToAddress == to && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed))
            .Select(m => new { m.Id, m.TextBody }).ToListAsync(cancellationToken);
        var naming = waiting.Where(m => (aboutAddress is not null && m.TextBody.Contains(aboutAddress, StringComparison.OrdinalIgnoreCase))
            || PostIds(m.TextBody).Any(aboutPosts.Contains)).ToList();
        if (naming.Count == 0)
        {
            return;
        }

        var ids = naming.Select(m => m.Id).ToList();
        await db.Outbox.Where(m => ids.Contains(m.Id) && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed)).ExecuteDeleteAsync(cancellationToken);
        var listed = naming.SelectMany(m => PostIds(m.TextBody)).Where(id => !aboutPosts.Contains(id)).Distinct().ToList();
        await db.Matches.Where(m => listed.Contains(m.OfferId) && db.Posts.Any(p => p.Id == m.NeedId && p.AuthorId == recipientId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NeedAuthorNotifiedAt, (DateTime?)null), cancellationToken);
        await db.Matches.Where(m => listed.Contains(m.NeedId) && db.Posts.Any(p => p.Id == m.OfferId && p.AuthorId == recipientId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.OfferAuthorNotifiedAt, (DateTime?)null), cancellationToken);
    }

    // The posts an email links to, as EmailLinks writes them. A message a neighbor wrote may hold
    // any digits, so a number too long to be a post is no post.
    private IEnumerable<int> PostIds(string body) =>
        postLink.Matches(body).Select(m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0);
}
