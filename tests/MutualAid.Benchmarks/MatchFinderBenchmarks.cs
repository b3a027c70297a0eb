using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;
using AppMatchFinder = MutualAid.Web.Matching.MatchFinder;

namespace MutualAid.Benchmarks;

// One operation is one new post. "Find" is the match search alone (blocks and languages included);
// "Save" is what a request pays: the post saved with its languages, its matches and its helpers in
// one transaction. Each baseline does the same work with the brute-force scan in place of the
// search. Every search and save gets a fresh AppDbContext, as a request gets its scoped context.
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class MatchFinderBenchmarks
{
    private static readonly string[] Authors = BenchmarkData.AuthorIds();
    private static readonly Dictionary<string, List<string>> Speaks = BenchmarkData.SpokenByAuthor(Authors);
    private static readonly Dictionary<string, HashSet<string>> Blocked = BenchmarkBlocks.OtherSides(Authors);

    private readonly IOptions<MatchingOptions> matching = Options.Create(new MatchingOptions());
    private Post[] probes = [];
    private List<Post> posts = [];
    private DbContextOptions<AppDbContext>? contextOptions;
    private int lastSeededPostId;

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    // The app never runs ANALYZE: false is a copy of the database without SQLite's statistics.
    [Params(true, false)]
    public bool Analyzed { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        contextOptions = BenchmarkDatabase.Options(Analyzed ? BenchmarkDatabase.EnsureCreated(N) : BenchmarkDatabase.WithoutStatistics(N));
        using var db = new AppDbContext(contextOptions);
        posts = db.Posts.AsNoTracking().ToList();
        lastSeededPostId = posts.Max(p => p.Id);
        probes = BenchmarkData.Probes(Authors);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkData.ProbeCount)]
    [BenchmarkCategory("Find")]
    public int BruteForce() => probes.Sum(probe => BruteForceFind(probe).Count);

    [Benchmark(OperationsPerInvoke = BenchmarkData.ProbeCount)]
    [BenchmarkCategory("Find")]
    public async Task<int> MatchFinder()
    {
        var found = 0;
        foreach (var probe in probes)
        {
            await using var db = new AppDbContext(contextOptions!);
            found += (await Finder(db).FindAsync(probe, BenchmarkData.Now)).Count;
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkData.ProbeCount)]
    [BenchmarkCategory("Save")]
    public async Task<int> BruteForceSave()
    {
        var saved = 0;
        foreach (var post in BenchmarkData.Probes(Authors))
        {
            await using var db = new AppDbContext(contextOptions!);
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            await new PostLanguages(db).SyncPostAsync(post);
            db.Matches.AddRange(BruteForceFind(post).Select(c => post.Kind == PostKind.Need
                ? new Match(post.Id, c.PostId, c.DistanceKm, BenchmarkData.Now)
                : new Match(c.PostId, post.Id, c.DistanceKm, BenchmarkData.Now)));
            await new HelperFinder(db, new ShownNames(db)).RecordAsync(post, BenchmarkData.Now);
            saved += await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        return saved;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkData.ProbeCount)]
    [BenchmarkCategory("Save")]
    public async Task<int> SaveWithMatches()
    {
        foreach (var post in BenchmarkData.Probes(Authors))
        {
            await using var db = new AppDbContext(contextOptions!);
            db.Posts.Add(post);
            await Finder(db).SaveWithMatchesAsync(post, BenchmarkData.Now);
        }

        return BenchmarkData.ProbeCount;
    }

    // Every iteration saves the same 64 posts into the same database.
    [IterationCleanup(Targets = [nameof(BruteForceSave), nameof(SaveWithMatches)])]
    public void RemoveSavedPosts()
    {
        using var db = new AppDbContext(contextOptions!);
        db.Matches.Where(m => m.NeedId > lastSeededPostId || m.OfferId > lastSeededPostId).ExecuteDelete();
        db.HelpMatches.Where(h => h.NeedId > lastSeededPostId).ExecuteDelete();
        db.PostLanguages.Where(l => l.PostId > lastSeededPostId).ExecuteDelete();
        db.Posts.Where(p => p.Id > lastSeededPostId).ExecuteDelete();
    }

    private IReadOnlyList<MatchCandidate> BruteForceFind(Post post) =>
        BruteForceMatcher.Find(posts, post, BenchmarkData.Now, matching.Value.MatchesPerPost, Speaks, Blocked);

    private AppMatchFinder Finder(AppDbContext db) =>
        new(db, new ReachablePosts(db, new PostLanguages(db)), new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), new PostSaveTurns(), matching);
}
