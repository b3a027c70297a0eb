using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Posts;

// The ids of open posts holding all the words typed, through the database's own full-text index.
// SQLite: the FTS5 table PostWords, which triggers keep in step with Posts (migration
// PostWordSearchAndBrowseIndexes). PostgreSQL: an index on the open posts' words, kept in step by
// the database itself; its text search configuration folds case and accents as SQLite's
// tokenizer does.
public static class PostWords
{
    private const string PostgresWords = "to_tsvector('mutualaid_words', \"Title\" || ' ' || \"Details\")";

    public const string PostgresCreate = $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION mutualaid_words (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION mutualaid_words ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        CREATE INDEX "IX_Posts_Words" ON "Posts" USING GIN ({PostgresWords}) WHERE "Status" = 'Open';
        """;

    // Null when the text holds no word at all: nothing can match it. `limit` keeps the first hits only.
    public static IQueryable<int>? Matching(AppDbContext db, string text, int? limit = null)
    {
        var (sql, words) = db.Database.IsNpgsql()
            ? ($$"""SELECT "Id" AS "Value" FROM "Posts" WHERE "Status" = 'Open' AND {{PostgresWords}} @@ to_tsquery('mutualaid_words', {0})""",
                WordSearch.ToTsQuery(text))
            : ("SELECT rowid AS Value FROM PostWords WHERE PostWords MATCH {0}", WordSearch.ToMatchQuery(text));
        if (words is null)
        {
            return null;
        }

        // Both texts are constants; the words go as parameters.
        const string Limited = " LIMIT {1}";
        return limit is { } most
            ? db.Database.SqlQueryRaw<int>(string.Concat(sql, Limited), words, most)
            : db.Database.SqlQueryRaw<int>(sql, words);
    }
}
