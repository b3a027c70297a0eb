using MutualAid.Web.Data;
using Npgsql;

namespace MutualAid.Web.Security;

// Limits counted in the database, for several instances of the app over one PostgreSQL database:
// each instance's memory sees only the requests the proxy sent it, so a guesser spreading requests
// over N instances would get N allowances. One statement adds the request to its window and says
// how many the window holds. On SQLite one process serves every request, and the limits stay in
// its memory (SecuritySetup, HandlerRateLimits). Windows are fixed, as in memory.
public sealed class SharedRateLimits(DatabaseLocation location)
{
    private const string Count = """
        INSERT INTO "RateWindows" ("Key", "WindowStart", "Count") VALUES (@key, @start, 1)
        ON CONFLICT ("Key") DO UPDATE SET
            "Count" = CASE WHEN "RateWindows"."WindowStart" = excluded."WindowStart" THEN "RateWindows"."Count" + 1 ELSE 1 END,
            "WindowStart" = excluded."WindowStart"
        RETURNING "Count"
        """;

    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private long prunedAt;

    public bool AreOn => !location.IsSqlite;

    // Counts this request and says whether it is within the allowance.
    public async Task<bool> TryTakeAsync(string key, int permits, TimeSpan window, CancellationToken cancellationToken)
    {
        // Real time, as the limiters in memory count it (they take no TimeProvider): moving the
        // app's clock for a post's expiry opens no new window in either.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - (now.Ticks % window.Ticks), DateTimeKind.Utc);
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await PruneAsync(connection, now, cancellationToken);
        await using var command = new NpgsqlCommand(Count, connection);
        command.Parameters.AddWithValue("key", key.Length <= RateWindow.KeyMaxLength ? key : key[..RateWindow.KeyMaxLength]);
        command.Parameters.AddWithValue("start", start);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))! <= permits;
    }

    // Windows of keys no longer used would stay for ever; the longest window is a day.
    private async Task PruneAsync(NpgsqlConnection connection, DateTime now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref prunedAt);
        if (now.Ticks - last < PruneEvery.Ticks || Interlocked.CompareExchange(ref prunedAt, now.Ticks, last) != last)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""DELETE FROM "RateWindows" WHERE "WindowStart" < @old""", connection);
        command.Parameters.AddWithValue("old", now - Longest);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
