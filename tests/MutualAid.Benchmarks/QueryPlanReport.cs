using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks;

// Prints the SQL MatchFinder sends and SQLite's plan for it, on the analyzed benchmark database
// and on a freshly migrated one without statistics, then checks MatchFinder against the scan.
public static class QueryPlanReport
{
    private static readonly Dictionary<string, List<string>> Speaks = BenchmarkData.SpokenByAuthor(BenchmarkData.AuthorIds());
    private static readonly Dictionary<string, HashSet<string>> Blocked = BenchmarkBlocks.OtherSides(BenchmarkData.AuthorIds());

    public static async Task RunAsync(int postCount)
    {
        var connectionString = BenchmarkDatabase.EnsureCreated(postCount);
        var probes = BenchmarkData.Probes(BenchmarkData.AuthorIds());
        var matching = Options.Create(new MatchingOptions());
        var recorder = new CommandRecorder();
        var options = WithRecorder(connectionString, recorder);
        Console.WriteLine($"SQLite {await ScalarAsync(connectionString, "SELECT sqlite_version()", [])}");
        await MeasureQueryCompilationAsync(connectionString, probes, matching);

        var empty = new SqliteConnectionStringBuilder { DataSource = "plan-without-stats", Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared }.ToString();
        await using var keepAlive = new SqliteConnection(empty);
        await keepAlive.OpenAsync();
        await using (var db = new AppDbContext(BenchmarkDatabase.Options(empty)))
        {
            await db.Database.MigrateAsync();
        }

        foreach (var probe in new[] { probes.MinBy(p => p.RadiusKm)!, probes.MaxBy(p => p.RadiusKm)! })
        {
            await using (var db = new AppDbContext(options))
            {
                await new MatchFinder(db, new ReachablePosts(db, new PostLanguages(db)), new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), new PostSaveTurns(), matching).FindAsync(probe, BenchmarkData.Now);
            }

            var (sql, parameters) = recorder.Last ?? throw new InvalidOperationException("MatchFinder sent no query.");
            Console.WriteLine($"\n=== Probe with radius {probe.RadiusKm} km\n{sql}");
            Console.WriteLine("Parameters: " + string.Join(", ", parameters.Select(p => $"{p.Name}={p.Value}")));
            Console.WriteLine($"Plan on posts-{postCount}.db (after ANALYZE):");
            await PrintPlanAsync(connectionString, sql, parameters);
            Console.WriteLine("Plan on a freshly migrated database (no ANALYZE, as the app runs):");
            await PrintPlanAsync(empty, sql, parameters);
            var withoutExpiry = sql.Replace(" AND \"p\".\"ExpiresAt\" > @now", "", StringComparison.Ordinal);
            Console.WriteLine("Same, with the ExpiresAt condition left to C#:");
            await PrintPlanAsync(empty, withoutExpiry, [.. parameters.Where(p => p.Name != "@now")]);
        }

        await CompareWithBruteForceAsync(options, recorder, connectionString, probes, matching);
        await TimeWithoutStatisticsAsync(postCount, probes, matching);
    }

    // The app never runs ANALYZE; time MatchFinder on a copy of the database without statistics.
    private static async Task TimeWithoutStatisticsAsync(int postCount, Post[] probes, IOptions<MatchingOptions> matching)
    {
        var source = Path.Combine(BenchmarkDatabase.Folder, $"posts-{postCount}.db");
        var copy = Path.Combine(BenchmarkDatabase.Folder, $"posts-{postCount}-nostats.{Environment.ProcessId}.db");
        File.Delete(copy);

        // VACUUM INTO copies what the write-ahead log holds too, unlike a file copy.
        await ScalarAsync(BenchmarkDatabase.ConnectionString(postCount), $"VACUUM INTO '{copy}'", []);
        var copyConnection = new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString();
        await ScalarAsync(copyConnection, "DROP TABLE sqlite_stat1", []);
        try
        {
            foreach (var (label, connectionString) in new[] { ("with ANALYZE", BenchmarkDatabase.ConnectionString(postCount)), ("without ANALYZE", copyConnection) })
            {
                var options = BenchmarkDatabase.Options(connectionString);
                var times = new List<double>();
                foreach (var probe in probes.Take(16).Concat(probes.Take(16)))
                {
                    var started = Stopwatch.GetTimestamp();
                    await using var db = new AppDbContext(options);
                    await new MatchFinder(db, new ReachablePosts(db, new PostLanguages(db)), new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), new PostSaveTurns(), matching).FindAsync(probe, BenchmarkData.Now);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                // The first pass warms the cache; the median of the second pass is reported.
                var warm = times.Skip(16).Order().ToList();
                Console.WriteLine($"MatchFinder {label}: median {warm[warm.Count / 2]:N3} ms over 16 probes (Stopwatch, warm cache)");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    // Whether a new row list in the SQL costs a query compilation (a cache miss) on first use.
    private static async Task MeasureQueryCompilationAsync(string connectionString, Post[] probes, IOptions<MatchingOptions> matching)
    {
        var compilations = 0;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString)
            .LogTo(_ => Interlocked.Increment(ref compilations), [CoreEventId.QueryCompilationStarting], LogLevel.Debug).Options;
        foreach (var pass in new[] { "first", "second" })
        {
            var before = compilations;
            var times = new List<double>();
            foreach (var probe in probes)
            {
                var started = Stopwatch.GetTimestamp();
                await using var db = new AppDbContext(options);
                await new MatchFinder(db, new ReachablePosts(db, new PostLanguages(db)), new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), new PostSaveTurns(), matching).FindAsync(probe, BenchmarkData.Now);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{pass} pass over {probes.Length} probes: {compilations - before} query compilations, median {times[times.Count / 2]:N3} ms");
        }
    }

    private static DbContextOptions<AppDbContext> WithRecorder(string connectionString, CommandRecorder recorder) =>
        new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).AddInterceptors(recorder).Options;

    private static async Task CompareWithBruteForceAsync(
        DbContextOptions<AppDbContext> options, CommandRecorder recorder, string connectionString, Post[] probes, IOptions<MatchingOptions> matching)
    {
        List<Post> posts;
        await using (var db = new AppDbContext(options))
        {
            posts = await db.Posts.AsNoTracking().ToListAsync();
        }

        int agreed = 0, matches = 0;
        long boxRows = 0;
        foreach (var probe in probes)
        {
            await using var db = new AppDbContext(options);
            var fromSql = await new MatchFinder(db, new ReachablePosts(db, new PostLanguages(db)), new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), new PostSaveTurns(), matching).FindAsync(probe, BenchmarkData.Now);
            var fromScan = BruteForceMatcher.Find(posts, probe, BenchmarkData.Now, matching.Value.MatchesPerPost, Speaks, Blocked);
            agreed += fromSql.Select(c => c.PostId).SequenceEqual(fromScan.Select(c => c.PostId)) ? 1 : 0;
            matches += fromSql.Count;
            var (sql, parameters) = recorder.Last!.Value;
            boxRows += (long)(await ScalarAsync(connectionString, $"SELECT COUNT(*) FROM ({sql})", parameters))!;
        }

        Console.WriteLine($"\n{posts.Count:N0} posts; MatchFinder and the brute-force scan agree on {agreed} of {probes.Length} probes; "
            + $"{(double)matches / probes.Length:N1} matches and {(double)boxRows / probes.Length:N1} rows read from the index box per probe on average.");
    }

    private static async Task PrintPlanAsync(string connectionString, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, "EXPLAIN QUERY PLAN " + sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"  {reader.GetInt32(0)} {reader.GetInt32(1)} {reader.GetString(3)}");
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public (string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)? Last { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // MatchFinder also reads the author's blocks; the candidate search is the query on Posts.
            if (command.CommandText.Contains("FROM \"Posts\"", StringComparison.Ordinal))
            {
                Last = (command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]);
            }

            return ValueTask.FromResult(result);
        }
    }
}
