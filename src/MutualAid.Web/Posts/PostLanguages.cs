using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Posts;

// Keeps PostLanguage rows in step. A saved post (created, edited, renewed) changes its own rows
// only: SyncPostAsync. When a neighbor changes the languages they speak, or a coordinator an
// offline neighbor's, every post of theirs changes: SyncAsync. Old rows go at once; the new ones
// with the caller's SaveChanges, in the caller's transaction.
public sealed class PostLanguages(AppDbContext db)
{
    // Nothing about the author changed, so their other posts keep their rows: the cost of a save
    // does not grow with how many posts its author has (the load test's writers post hundreds).
    // A post just created has no rows to take away.
    public async Task SyncPostAsync(Post post, bool isNew = false, CancellationToken cancellationToken = default)
    {
        var voice = new PostVoice(post.AuthorId, post.ForOfflineNeighborId);
        var speakers = await SpeakersAsync([voice], cancellationToken);
        if (!isNew)
        {
            await db.PostLanguages.Where(l => l.PostId == post.Id).ExecuteDeleteAsync(cancellationToken);
        }

        db.PostLanguages.AddRange(post.AskedLanguages.Union(speakers.Of(voice)).Select(code => new PostLanguage(post.Id, code)));
    }

    public async Task SyncAsync(string authorId, IReadOnlyList<string>? spokenNow = null, CancellationToken cancellationToken = default)
    {
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == authorId)
            .Select(p => new { p.Id, p.AuthorId, p.ForOfflineNeighborId, p.AskedLanguages }).ToListAsync(cancellationToken);
        var speakers = await SpeakersAsync(posts.Select(p => new PostVoice(p.AuthorId, p.ForOfflineNeighborId)), cancellationToken);
        var ids = posts.Select(p => p.Id).ToList();
        await db.PostLanguages.Where(l => ids.Contains(l.PostId)).ExecuteDeleteAsync(cancellationToken);
        db.PostLanguages.AddRange(posts.SelectMany(p =>
            p.AskedLanguages.Union(p.ForOfflineNeighborId is null && spokenNow is not null ? spokenNow : speakers.Of(new PostVoice(p.AuthorId, p.ForOfflineNeighborId)))
                .Select(code => new PostLanguage(p.Id, code))));
    }

    // Posts someone who speaks one of these languages can use: they ask for it, or the neighbor they are for speaks it.
    public IQueryable<Post> InAny(IQueryable<Post> posts, IReadOnlyList<string> codes) =>
        posts.Where(p => db.PostLanguages.Any(l => l.PostId == p.Id && codes.Contains(l.Code)));

    // The languages each post's neighbor speaks: the offline neighbor's a post is for, otherwise its author's.
    public async Task<PostSpeakers> SpeakersAsync(IEnumerable<PostVoice> voices, CancellationToken cancellationToken = default)
    {
        var list = voices.ToList();
        var authorIds = list.Where(v => v.ForOfflineNeighborId is null).Select(v => v.AuthorId).Distinct().ToList();
        var offlineIds = list.Where(v => v.ForOfflineNeighborId is not null).Select(v => v.ForOfflineNeighborId!.Value).Distinct().ToList();
        var authors = authorIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.SpokenLanguages }).ToDictionaryAsync(u => u.Id, u => u.SpokenLanguages, cancellationToken);
        var offline = offlineIds.Count == 0 ? [] : await db.OfflineNeighbors.AsNoTracking().Where(o => offlineIds.Contains(o.Id))
            .Select(o => new { o.Id, o.SpokenLanguages }).ToDictionaryAsync(o => o.Id, o => o.SpokenLanguages, cancellationToken);
        return new PostSpeakers(authors, offline);
    }
}

// Whose languages a post carries: the offline neighbor's when it is for one, else its author's.
public sealed record PostVoice(string AuthorId, int? ForOfflineNeighborId);

public sealed class PostSpeakers(Dictionary<string, List<string>> authors, Dictionary<int, List<string>> offline)
{
    public List<string> Of(PostVoice voice) =>
        (voice.ForOfflineNeighborId is { } id ? offline.GetValueOrDefault(id) : authors.GetValueOrDefault(voice.AuthorId)) ?? [];
}
