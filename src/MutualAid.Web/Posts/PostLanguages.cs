using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Posts;

// Keeps PostLanguage rows in step: called after an author's post is saved and after they change
// the languages they speak. An author has few posts, so all of theirs are written again. Old rows
// go at once; the new ones with the caller's SaveChanges, in the caller's transaction.
public sealed class PostLanguages(AppDbContext db)
{
    public async Task SyncAsync(string authorId, IReadOnlyList<string>? spokenNow = null, CancellationToken cancellationToken = default)
    {
        var spoken = spokenNow
            ?? await db.Users.Where(u => u.Id == authorId).Select(u => u.SpokenLanguages).FirstOrDefaultAsync(cancellationToken) ?? [];
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == authorId)
            .Select(p => new { p.Id, p.AskedLanguages }).ToListAsync(cancellationToken);
        var ids = posts.Select(p => p.Id).ToList();
        await db.PostLanguages.Where(l => ids.Contains(l.PostId)).ExecuteDeleteAsync(cancellationToken);
        db.PostLanguages.AddRange(posts.SelectMany(p => p.AskedLanguages.Union(spoken).Select(code => new PostLanguage(p.Id, code))));
    }

    // Posts someone who speaks one of these languages can use: they ask for it, or their author speaks it.
    public IQueryable<Post> InAny(IQueryable<Post> posts, IReadOnlyList<string> codes) =>
        posts.Where(p => db.PostLanguages.Any(l => l.PostId == p.Id && codes.Contains(l.Code)));
}
