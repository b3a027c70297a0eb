using Microsoft.Data.Sqlite;

namespace MutualAid.Benchmarks;

// Blocks between neighbors, so the block lookup every match search makes finds rows: one author
// in 25 has blocked the next three, about 600 blocks among 5,000 authors.
public static class BenchmarkBlocks
{
    public static IEnumerable<(string BlockerId, string BlockedId)> Of(IReadOnlyList<string> authorIds) =>
        Enumerable.Range(0, authorIds.Count).Where(i => i % 25 == 0)
            .SelectMany(i => Enumerable.Range(1, 3).Select(step => (authorIds[i], authorIds[(i + step) % authorIds.Count])));

    // Everyone on the other side of a block with each author, whoever blocked whom.
    public static Dictionary<string, HashSet<string>> OtherSides(IReadOnlyList<string> authorIds)
    {
        var sides = authorIds.ToDictionary(id => id, _ => new HashSet<string>());
        foreach (var (blocker, blocked) in Of(authorIds))
        {
            sides[blocker].Add(blocked);
            sides[blocked].Add(blocker);
        }

        return sides;
    }

    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> authorIds, DateTime now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO NeighborBlocks (BlockerId, BlockedId, CreatedAt) VALUES ($blocker, $blocked, $created)";
        var blocker = command.Parameters.Add("$blocker", SqliteType.Text);
        var blocked = command.Parameters.Add("$blocked", SqliteType.Text);
        command.Parameters.AddWithValue("$created", now.AddDays(-60).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        command.Prepare();
        foreach (var (blockerId, blockedId) in Of(authorIds))
        {
            blocker.Value = blockerId;
            blocked.Value = blockedId;
            command.ExecuteNonQuery();
        }
    }
}
