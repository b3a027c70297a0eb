using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.OwnData;

// Deleting an account. The account row stays as an empty shell (no address, name, password, phone,
// home or choices) so that the posts, answers and thanks other neighbors hold keep pointing at
// something, and their pages keep working; everything that said who the person was is gone.
// docs/decisions/0014-account-deletion.md explains what is kept and why.
public sealed class AccountErasure(AppDbContext db, AnswerFlow flow)
{
    // Stands where their name, address or phone appeared in words other people wrote or in emails.
    public const string Removed = "[…]";

    public async Task EraseAsync(string neighborId, CancellationToken cancellationToken)
    {
        await CloseTheirPartAsync(neighborId, cancellationToken);
        var neighbor = await db.Users.FirstAsync(u => u.Id == neighborId, cancellationToken);
        var traces = Traces(neighbor);

        // In SQLite, secure_delete overwrites what the changes free, so the old rows do not linger in
        // free pages of the file; the checkpoint then folds the write-ahead log, old pages and all,
        // back in. PostgreSQL has no such setting: its old row versions wait for (auto)vacuum to
        // free their space and for later writes to reuse it.
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken);
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await ForgetAddressAsync(neighbor, cancellationToken);
                await ForgetRowsAsync(neighborId, cancellationToken);
                await ScrubWordsAsync(traces, cancellationToken);
                await EmptyAccountAsync(neighbor, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            }
        }
        finally
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = OFF;", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    // Their open posts are withdrawn and their live answers withdrawn, through the same steps the
    // buttons take, so the neighbors waiting on them are told as they would be.
    private async Task CloseTheirPartAsync(string neighborId, CancellationToken cancellationToken)
    {
        var ownPosts = await db.Posts.Where(p => p.AuthorId == neighborId && (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var postId in ownPosts)
        {
            await flow.WithdrawPostAsync(postId, neighborId);
        }

        var answeredPosts = await db.Answers.Where(a => a.NeighborId == neighborId && (a.Status == AnswerStatus.Pending || a.Status == AnswerStatus.Accepted))
            .Where(a => db.Posts.Any(p => p.Id == a.PostId && (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress)))
            .Select(a => a.PostId).ToListAsync(cancellationToken);
        foreach (var postId in answeredPosts)
        {
            await flow.WithdrawAnswerAsync(postId, neighborId);
        }

        db.ChangeTracker.Clear();
    }

    // Their name, address and phone as they may appear in text: plain, and as an HTML email writes them.
    private static List<string> Traces(Neighbor neighbor) =>
        new[] { neighbor.Email, neighbor.NormalizedEmail, neighbor.PhoneNumber, neighbor.DisplayName }
            .OfType<string>().Where(t => t.Trim().Length >= 3)
            .SelectMany(t => new[] { t, HtmlEncoder.Default.Encode(t) }).Distinct().ToList();

    private async Task ForgetAddressAsync(Neighbor neighbor, CancellationToken cancellationToken)
    {
        var address = neighbor.Email ?? "";
        var normalized = neighbor.NormalizedEmail ?? "";
        await db.Outbox.Where(m => m.ToAddress == address).ExecuteDeleteAsync(cancellationToken);
        // An email change they asked for names the account and the address they were moving to.
        await db.AccountEmailRequests.Where(r => r.Address == address || r.Address == normalized || r.SentTo == normalized || r.NeighborId == neighbor.Id)
            .ExecuteDeleteAsync(cancellationToken);
        await db.FailedLogIns.Where(f => f.Address == normalized).ExecuteDeleteAsync(cancellationToken);
    }

    // Rows that are only about them: their choices, blocks either way, thanks either way (notes name
    // people), what matching told them. Their posts keep only the public cell of their point.
    private async Task ForgetRowsAsync(string id, CancellationToken cancellationToken)
    {
        await db.NeighborBlocks.Where(b => b.BlockerId == id || b.BlockedId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ThankYous.Where(t => t.FromId == id || t.ToId == id).ExecuteDeleteAsync(cancellationToken);
        await db.HelpMatches.Where(m => m.HelperId == id).ExecuteDeleteAsync(cancellationToken);
        // A coordinator's offline neighbors are not theirs to take away: they wait for another coordinator.
        await db.OfflineNeighbors.Where(o => o.CoordinatorId == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.CoordinatorId, (string?)null), cancellationToken);
        await db.UserRoles.Where(r => r.UserId == id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == id).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Posts.Where(p => p.AuthorId == id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Latitude, p => p.PublicLatitude)
            .SetProperty(p => p.Longitude, p => p.PublicLongitude), cancellationToken);
        await db.Answers.Where(a => a.NeighborId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Message, ""), cancellationToken);
        await db.AnswerMessages.Where(m => m.SenderId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Text, ""), cancellationToken);
        await db.StewardActions.Where(a => a.NeighborId == id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Name, (string?)null).SetProperty(a => a.PreviousName, (string?)null).SetProperty(a => a.Email, (string?)null), cancellationToken);
    }

    // Words other people wrote, and emails still kept, may name them: each trace becomes a mark.
    private async Task ScrubWordsAsync(List<string> traces, CancellationToken cancellationToken)
    {
        foreach (var trace in traces)
        {
            await db.Posts.Where(p => p.Title.Contains(trace) || p.Details.Contains(trace)).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Title, p => p.Title.Replace(trace, Removed)).SetProperty(p => p.Details, p => p.Details.Replace(trace, Removed)), cancellationToken);
            await db.Answers.Where(a => a.Message.Contains(trace)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Message, a => a.Message.Replace(trace, Removed)), cancellationToken);
            await db.AnswerMessages.Where(m => m.Text.Contains(trace)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Text, m => m.Text.Replace(trace, Removed)), cancellationToken);
            await db.Reports.Where(r => r.Reason.Contains(trace)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Reason, r => r.Reason.Replace(trace, Removed)), cancellationToken);
            await db.StewardActions.Where(a => a.Reason.Contains(trace) || a.Name!.Contains(trace) || a.PreviousName!.Contains(trace) || a.Email!.Contains(trace))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Reason, a => a.Reason.Replace(trace, Removed))
                    .SetProperty(a => a.Name, a => a.Name!.Replace(trace, Removed))
                    .SetProperty(a => a.PreviousName, a => a.PreviousName!.Replace(trace, Removed))
                    .SetProperty(a => a.Email, a => a.Email!.Replace(trace, Removed)), cancellationToken);
            await db.Outbox.Where(m => m.Subject.Contains(trace) || m.TextBody.Contains(trace) || m.HtmlBody.Contains(trace)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Subject, m => m.Subject.Replace(trace, Removed))
                .SetProperty(m => m.TextBody, m => m.TextBody.Replace(trace, Removed))
                .SetProperty(m => m.HtmlBody, m => m.HtmlBody.Replace(trace, Removed)), cancellationToken);
        }
    }

    // The shell: a fresh security stamp ends every session it had; nothing can log in to it again.
    private async Task EmptyAccountAsync(Neighbor neighbor, CancellationToken cancellationToken)
    {
        var shellName = "deleted-" + neighbor.Id;
        neighbor.UserName = shellName;
        neighbor.NormalizedUserName = shellName.ToUpperInvariant();
        neighbor.Email = null;
        neighbor.NormalizedEmail = null;
        neighbor.EmailConfirmed = false;
        neighbor.PasswordHash = null;
        neighbor.PhoneNumber = null;
        neighbor.PhoneNumberConfirmed = false;
        neighbor.DisplayName = "";
        neighbor.HomeLatitude = null;
        neighbor.HomeLongitude = null;
        neighbor.NeighborhoodId = null;
        neighbor.SayCanHelp([], HelpDistances.Default, NotificationMode.Off);
        neighbor.RadiusKm = Neighbor.DefaultRadiusKm;
        neighbor.LastDigestAt = null;
        neighbor.Language = Localization.Languages.Default;
        neighbor.LockoutEnabled = true;
        neighbor.LockoutEnd = DateTimeOffset.MaxValue;
        neighbor.SecurityStamp = Guid.NewGuid().ToString("N");
        neighbor.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
    }
}
