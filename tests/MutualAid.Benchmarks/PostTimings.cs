using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks;

// Times what posting a need asks of the database, one post after another by one author who
// already has many posts (as the load script's writers are): the whole save with its matches,
// how long the write lock is held, and which statements the time goes to. Run it on a copy of a
// load database: it adds posts. `--post-timings PATH [email] [posts first] [posts timed]`.
public static class PostTimings
{
    public static async Task RunAsync(string path, string email, int postsFirst, int postsTimed)
    {
        var recorder = new StatementTimes();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas(), recorder).Options;
        var (authorId, home) = await AuthorAsync(options, email);
        await GiveAuthorPostsAsync(options, authorId, home, postsFirst);

        var matching = Options.Create(new MatchingOptions());
        var random = new Random(7);
        var totals = new List<double>();
        var locks = new List<double>();
        recorder.Clear();
        for (var i = 0; i < postsTimed; i++)
        {
            await using var db = new AppDbContext(options);
            var finder = new MatchFinder(db, new ReachablePosts(db, new PostLanguages(db)), new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), new PostSaveTurns(), matching);
            var post = NewNeed(authorId, home, random, i);
            var started = Stopwatch.GetTimestamp();
            db.Posts.Add(post);
            await finder.SaveWithMatchesAsync(post, DateTime.UtcNow);
            totals.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            locks.Add(recorder.TakeLockMilliseconds());
        }

        Console.WriteLine($"{postsTimed} posts by {email} (had {postsFirst}+ posts), {path}");
        Console.WriteLine($"save with matches: median {Percentile(totals, 0.5):N2} ms, p99 {Percentile(totals, 0.99):N2} ms, max {totals.Max():N2} ms");
        Console.WriteLine($"write lock held:   median {Percentile(locks, 0.5):N2} ms, p99 {Percentile(locks, 0.99):N2} ms");
        Console.WriteLine("statements, by total time:");
        foreach (var (sql, (count, ms)) in recorder.ByStatement().OrderByDescending(s => s.Value.Milliseconds).Take(12))
        {
            Console.WriteLine($"  {ms / postsTimed,8:N3} ms/post  x{(double)count / postsTimed,5:N1}  {sql}");
        }
    }

    private static async Task<(string Id, GeoPoint Home)> AuthorAsync(DbContextOptions<AppDbContext> options, string email)
    {
        await using var db = new AppDbContext(options);
        await db.Database.MigrateAsync();
        var author = await db.Users.AsNoTracking().Where(u => u.Email == email)
            .Select(u => new { u.Id, u.HomeLatitude, u.HomeLongitude }).SingleAsync();
        return (author.Id, new GeoPoint(author.HomeLatitude!.Value, author.HomeLongitude!.Value));
    }

    // Tops the author up to `count` open posts, saved at once, with their language rows.
    private static async Task GiveAuthorPostsAsync(DbContextOptions<AppDbContext> options, string authorId, GeoPoint home, int count)
    {
        await using var db = new AppDbContext(options);
        var has = await db.Posts.CountAsync(p => p.AuthorId == authorId);
        var random = new Random(3);
        db.Posts.AddRange(Enumerable.Range(0, Math.Max(0, count - has)).Select(i => NewNeed(authorId, home, random, -i - 1)));
        await db.SaveChangesAsync();
        await new PostLanguages(db).SyncAsync(authorId);
        await db.SaveChangesAsync();
    }

    private static Post NewNeed(string authorId, GeoPoint home, Random random, int number) =>
        Post.Create(authorId, PostKind.Need, new PostContent(
            CategoryId: random.Next(1, BenchmarkData.CategoryCount + 1),
            Title: $"Groceries for the week {number}",
            Details: "A hand with the shopping this week.",
            Location: home,
            RadiusKm: 5,
            Urgency: Urgency.ThisWeek), DateTime.UtcNow);

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    // Sums each statement's execution time (its first words name it) and the time from BEGIN to COMMIT.
    private sealed class StatementTimes : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private readonly Dictionary<string, (int Count, double Milliseconds)> byStatement = [];
        private readonly Dictionary<DbCommand, long> started = [];
        private long transactionStarted;
        private double lockMilliseconds;

        public void Clear() => byStatement.Clear();

        public Dictionary<string, (int Count, double Milliseconds)> ByStatement() => byStatement;

        public double TakeLockMilliseconds() => Interlocked.Exchange(ref lockMilliseconds, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            started[command] = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            started[command] = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            transactionStarted = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            lockMilliseconds += Stopwatch.GetElapsedTime(transactionStarted).TotalMilliseconds;
            return Task.CompletedTask;
        }

        // A query's time runs to the end of its reading, when EF disposes the reader; the name is
        // the statement's first 110 characters.
        private void Record(DbCommand command)
        {
            var ms = started.Remove(command, out var at) ? Stopwatch.GetElapsedTime(at).TotalMilliseconds : 0;
            var name = command.CommandText.ReplaceLineEndings(" ");
            name = name.Length > 110 ? name[..110] : name;
            var (count, total) = byStatement.GetValueOrDefault(name);
            byStatement[name] = (count + 1, total + ms);
        }
    }
}
