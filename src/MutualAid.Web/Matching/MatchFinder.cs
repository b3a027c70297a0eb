using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Matching;

// Pairs a post with the best open posts of the opposite kind nearby (ReachablePosts decides which)
// and with neighbors who said they could help (HelperFinder), and saves it with them.
public sealed class MatchFinder(AppDbContext db, ReachablePosts reachable, HelperFinder helpers, PostLanguages languages, PostSaveTurns turns,
    IOptions<MatchingOptions> options)
{
    private int MatchesPerPost => options.Value.MatchesPerPost;

    public async Task<IReadOnlyList<MatchCandidate>> FindAsync(Post post, DateTime now, CancellationToken cancellationToken = default) =>
        [.. (await reachable.InBoxAsync(post, now, cancellationToken)).Take(MatchesPerPost)];

    // Adds Match rows for the best candidates not paired with this post before. The caller saves,
    // in the same transaction as the change that prompted matching.
    public async Task<IReadOnlyList<Match>> RecordAsync(Post post, DateTime now, int? authorPostCap = null, CancellationToken cancellationToken = default) =>
        await AddMatchesAsync(post, now, await FindAsync(post, now, cancellationToken), authorPostCap, isNew: false, cancellationToken);

    // Saves a created, edited or renewed post and records its matches (with posts and with
    // neighbors who said they could help) in one transaction, so a post is never visible without
    // the matches it should have made. Candidates are read before the write lock, while other
    // posts are being written, and only checked again inside it (CheckedBestAsync), so the lock
    // is held for the writes and a few reads by primary key: SQLite has one writer at a time, and
    // every other post waits for this one.
    public async Task SaveWithMatchesAsync(Post post, DateTime now, int? authorPostCap = null, CancellationToken cancellationToken = default)
    {
        var isNew = db.Entry(post).State == EntityState.Added;
        var mark = turns.Mark;
        // On PostgreSQL other instances save posts too, unseen by this process's turns: the
        // candidates are read inside the database's turn instead (see below), not before it.
        var found = db.Database.IsNpgsql() ? [] : await reachable.InBoxAsync(post, now, cancellationToken);
        var helpersFound = await helpers.FindAsync(post, now, cancellationToken);

        using var turn = await turns.WaitTurnAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Every instance's saves take turns on one lock in the database, held to the commit, so
        // the read below sees every post saved before this one, whichever instance saved it.
        var savedSince = await InstanceLocks.TakeForTransactionAsync(db.Database, "post-saves", cancellationToken) ? null : turns.SavedSince(mark);

        // A failure rolls the whole transaction back, so EF's savepoint around each save would
        // only add statements to the lock.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await languages.SyncPostAsync(post, isNew, cancellationToken);
            var best = await CheckedBestAsync(post, now, found, savedSince, cancellationToken);
            await AddMatchesAsync(post, now, best, authorPostCap, isNew, cancellationToken);
            var helpersLeft = authorPostCap is { } cap
                ? Math.Max(0, (cap * MatchesPerPost) - await helpers.CountForAuthorAsync(post.AuthorId, cancellationToken))
                : int.MaxValue;
            await helpers.RecordFoundAsync(post, now, helpersFound, helpersLeft, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            turns.Saved(post.Id);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    // The best of what was found before the lock, as they stand now. Posts saved by other turns
    // since the read (created, edited, renewed) are read again, and so are the chosen ones: a post
    // closed, hidden, erased or blocked since leaves the choice. When a chosen one has left, the
    // next ones were not checked, so all candidates are read again; so too when more posts were
    // saved than the turns remember.
    private async Task<List<MatchCandidate>> CheckedBestAsync(Post post, DateTime now, List<MatchCandidate> found, IReadOnlyCollection<int>? savedSince,
        CancellationToken cancellationToken)
    {
        var chosen = found.Take(MatchesPerPost).Select(c => c.PostId).ToList();
        if (savedSince is null)
        {
            return [.. (await reachable.InBoxAsync(post, now, cancellationToken)).Take(MatchesPerPost)];
        }

        var again = await reachable.AmongAsync(post, now, [.. chosen.Union(savedSince)], cancellationToken);
        if (!chosen.All(id => again.Any(c => c.PostId == id)))
        {
            return [.. (await reachable.InBoxAsync(post, now, cancellationToken)).Take(MatchesPerPost)];
        }

        return [.. found.Where(c => !savedSince.Contains(c.PostId) && !chosen.Contains(c.PostId)).Concat(again)
            .Order(MatchCandidate.BestFirst).Take(MatchesPerPost)];
    }

    // With authorPostCap, the author's posts together keep to the matches that many posts could
    // make: a new account that edits one post again and again (another category, another place)
    // reaches no more neighbors than its allowed posts would have. A post just created has no
    // matches yet, so none are looked for.
    private async Task<IReadOnlyList<Match>> AddMatchesAsync(Post post, DateTime now, IReadOnlyList<MatchCandidate> best, int? authorPostCap, bool isNew,
        CancellationToken cancellationToken)
    {
        if (best.Count == 0)
        {
            return [];
        }

        var ids = best.Select(c => c.PostId).ToList();
        var known = isNew ? []
            : post.Kind == PostKind.Need
            ? await db.Matches.Where(m => m.NeedId == post.Id && ids.Contains(m.OfferId)).Select(m => m.OfferId).ToListAsync(cancellationToken)
            : await db.Matches.Where(m => m.OfferId == post.Id && ids.Contains(m.NeedId)).Select(m => m.NeedId).ToListAsync(cancellationToken);
        var left = authorPostCap is { } cap ? Math.Max(0, (cap * MatchesPerPost) - await CountForAuthorAsync(post.AuthorId, cancellationToken)) : int.MaxValue;
        var matches = best.Where(c => !known.Contains(c.PostId))
            .Take(left)
            .Select(c => post.Kind == PostKind.Need
                ? new Match(post.Id, c.PostId, c.DistanceKm, now)
                : new Match(c.PostId, post.Id, c.DistanceKm, now))
            .ToList();
        db.Matches.AddRange(matches);
        return matches;
    }

    private Task<int> CountForAuthorAsync(string authorId, CancellationToken cancellationToken) =>
        db.Matches.CountAsync(m => db.Posts.Any(p => p.AuthorId == authorId && (p.Id == m.NeedId || p.Id == m.OfferId)), cancellationToken);
}
