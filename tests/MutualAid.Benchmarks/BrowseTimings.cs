using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks;

// Times what one browse, search or map request asks of the database, on a benchmark file (a fresh
// context per request, as a request has), and prints SQLite's plan for every statement sent.
public static class BrowseTimings
{
    private static readonly GridCell Middle = GridCell.Containing(new GeoPoint(45.5, -73.6));

    public static async Task RunAsync(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        var recorder = new StatementRecorder();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).AddInterceptors(recorder).Options;
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
            Console.WriteLine($"{await db.Posts.CountAsync():N0} posts in {path}");
        }

        var clock = new FixedClock(new DateTimeOffset(BenchmarkData.Now));
        var scenarios = new (string Name, BrowseQuery Query, GridCell? Origin, bool Map)[]
        {
            ("newest, signed out", new BrowseQuery(), null, false),
            ("newest, page 50", new BrowseQuery { P = 50 }, null, false),
            ("nearest, any distance", new BrowseQuery { Sort = BrowseSort.Nearest }, Middle, false),
            ("nearest, category 3, within 2 km", new BrowseQuery { Sort = BrowseSort.Nearest, Category = 3, Within = 2 }, Middle, false),
            ("urgent, need", new BrowseQuery { Sort = BrowseSort.Urgent, Kind = PostKind.Need }, Middle, false),
            ("words: common (q=clinic)", new BrowseQuery { Q = "clinic" }, null, false),
            ("words: two (q=bike brakes)", new BrowseQuery { Q = "bike brakes" }, null, false),
            ("words: none match (q=piano)", new BrowseQuery { Q = "piano" }, null, false),
            ("map, within 5 km", new BrowseQuery { Within = 5 }, Middle, true),
        };
        await TimeAsync("floor: one tiny query (categories)", recorder, connectionString, async () =>
        {
            await using var db = new AppDbContext(options);
            await db.Categories.AsNoTracking().ToListAsync();
        });
        foreach (var (name, query, origin, map) in scenarios)
        {
            await TimeRequestAsync(name, recorder, connectionString, options, clock, query, origin, null, map);
        }

        await CityScenariosAsync(recorder, connectionString, options);
    }

    // On a load city (scripts/load.sh's data), the signed-in scenarios as load.sh drives them:
    // load1's home, their blocks, the clock of now (the posts are dated from the day it was made).
    private static async Task CityScenariosAsync(StatementRecorder recorder, string connectionString, DbContextOptions<AppDbContext> options)
    {
        await using var db = new AppDbContext(options);
        var viewer = await db.Users.AsNoTracking().Where(u => u.Email == LoadData.LoadCity.Email(1))
            .Select(u => new { u.Id, u.HomeLatitude, u.HomeLongitude, Blocks = db.NeighborBlocks.Any(b => b.BlockerId == u.Id || b.BlockedId == u.Id) })
            .FirstOrDefaultAsync();
        if (viewer is not { HomeLatitude: { } lat, HomeLongitude: { } lon })
        {
            return;
        }

        var home = GridCell.Containing(new GeoPoint(lat, lon));
        var scenarios = new (string Name, BrowseQuery Query, bool Map)[]
        {
            ("city, signed in: nearest, category 3, within 2 km", new BrowseQuery { Sort = BrowseSort.Nearest, Category = 3, Within = 2 }, false),
            ("city, signed in: map, within 5 km", new BrowseQuery { Within = 5 }, true),
        };
        foreach (var (name, query, map) in scenarios)
        {
            await TimeRequestAsync(name, recorder, connectionString, options, TimeProvider.System, query, home, new Viewer(viewer.Id, viewer.Blocks), map);
        }
    }

    private static Task TimeRequestAsync(string name, StatementRecorder recorder, string connectionString, DbContextOptions<AppDbContext> options,
        TimeProvider clock, BrowseQuery query, GridCell? origin, Viewer? reader, bool map) =>
        TimeAsync(name, recorder, connectionString, async () =>
        {
            await using var db = new AppDbContext(options);
            var browser = new PostBrowser(db, new ShownNames(db), new PostLanguages(db), clock);
            if (map)
            {
                await browser.MapAsync(query, origin, reader);
            }
            else
            {
                await browser.BrowseAsync(query, origin, reader);
            }
        });

    private static async Task TimeAsync(string name, StatementRecorder recorder, string connectionString, Func<Task> request)
    {
        {
            var times = new List<double>();
            for (var i = 0; i < 13; i++)
            {
                recorder.Statements.Clear();
                var started = Stopwatch.GetTimestamp();
                await request();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            var warm = times.Skip(3).Order().ToList();
            Console.WriteLine($"\n=== {name}: median {warm[warm.Count / 2]:N1} ms, max {warm[^1]:N1} ms (10 warm runs)");
            foreach (var (sql, parameters) in recorder.Statements)
            {
                Console.WriteLine(sql.ReplaceLineEndings(" "));
                Console.WriteLine("    -- " + string.Join(", ", parameters.Select(p => $"{p.Name}={Literal(p.Value)}")));
                await PrintPlanAsync(connectionString, sql, parameters);
            }
        }
    }

    // As SQLite sees it, for pasting the statement into the sqlite3 shell.
    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        DateTime time => $"'{time:yyyy-MM-dd HH:mm:ss.FFFFFFF}'",
        string text => $"'{text}'",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static async Task PrintPlanAsync(string connectionString, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine($"    {reader.GetString(3)}");
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class StatementRecorder : DbCommandInterceptor
    {
        public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Statements { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Statements.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return ValueTask.FromResult(result);
        }
    }
}
