using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Posts;

// A post's language rows (what "speaks my language" and matching read) change with the post
// itself, and with its author's spoken languages; a new post of an author with hundreds of posts
// must not write all of theirs again, or posting slows down as a neighbor keeps posting.
public class PostLanguageRowsTests
{
    [Fact]
    public async Task A_new_post_leaves_the_language_rows_of_the_authors_other_posts_as_they_were()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await ana.SaySpeaksAsync("es");
        await ben.SaySpeaksAsync("es");
        var first = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        // Ben's row comes after Ana's, so a row of hers deleted and written again gets a new rowid
        // (SQLite reuses only the highest).
        await app.PostThroughFormAsync(ben, "Offer", "Bread on Fridays");
        var before = await RowIdsAsync(app, first);

        var second = await app.PostThroughFormAsync(ana, "Need", "A lift to the clinic", asksLanguage: "fr");

        Assert.Single(before);
        Assert.Equal(before, await RowIdsAsync(app, first));
        Assert.Equal(["es", "fr"], await CodesAsync(app, second));
    }

    [Fact]
    public async Task Speaking_another_language_reaches_every_post_of_the_author_and_their_next_post()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var sam = await app.SignedInAsync(Person.Sam);
        await sam.SaySpeaksAsync("fr");
        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.PostThroughFormAsync(ana, "Offer", "Help with forms");

        await ana.SaySpeaksAsync("fr");
        await app.PostThroughFormAsync(ana, "Need", "A lift to the clinic");

        var filtered = await sam.GetPageAsync("/?speaks=true");
        Assert.Contains("Soup for a sick household", filtered.Text, StringComparison.Ordinal);
        Assert.Contains("Help with forms", filtered.Text, StringComparison.Ordinal);
        Assert.Contains("A lift to the clinic", filtered.Text, StringComparison.Ordinal);
    }

    // A row deleted and written again has a new rowid in SQLite, and in PostgreSQL a new xmin (the
    // transaction that wrote it).
    private static Task<List<long>> RowIdsAsync(MutualAidApp app, int postId) =>
        app.WithDbAsync(db => TestDatabase.IsPostgres
            ? db.Database.SqlQuery<long>($"SELECT xmin::text::bigint AS \"Value\" FROM \"PostLanguages\" WHERE \"PostId\" = {postId} ORDER BY \"Code\"").ToListAsync()
            : db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM PostLanguages WHERE PostId = {postId} ORDER BY rowid").ToListAsync());

    private static Task<List<string>> CodesAsync(MutualAidApp app, int postId) =>
        app.WithDbAsync(db => db.PostLanguages.Where(l => l.PostId == postId).OrderBy(l => l.Code).Select(l => l.Code).ToListAsync());
}
