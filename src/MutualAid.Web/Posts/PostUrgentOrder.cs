namespace MutualAid.Web.Posts;

// "Most urgent" puts posts without a date after those with one, an order no plain column index
// gives, so SQLite sorted every open post to show twenty. This index holds that very order (its
// expressions are the ones PostBrowser's ORDER BY sends), so the page is read from its start.
// The model cannot describe an index on an expression; it lives in the migration, and a test
// checks that SQLite's plan for the page uses it. PostgreSQL's migration makes the same index.
public static class PostUrgentOrder
{
    public const string IndexName = "IX_Posts_UrgentOrder";

    public const string CreateIndex =
        $"CREATE INDEX \"{IndexName}\" ON \"Posts\" (\"Status\", \"Urgency\" DESC, \"NeededBy\" IS NULL, \"NeededBy\", \"CreatedAt\" DESC);";

    // PostgreSQL wants an expression in an index's column list in brackets.
    public const string PostgresCreateIndex =
        $"CREATE INDEX \"{IndexName}\" ON \"Posts\" (\"Status\", \"Urgency\" DESC, (\"NeededBy\" IS NULL), \"NeededBy\", \"CreatedAt\" DESC);";

    public const string DropIndex = $"DROP INDEX IF EXISTS \"{IndexName}\";";
}
