using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;
using AppMatchFinder = MutualAid.Web.Matching.MatchFinder;

namespace MutualAid.Benchmarks;

// One operation is one match search for one new post; each invocation runs all probe posts so
// every iteration does the same work. MatchFinder gets a fresh AppDbContext per search, as a
// request would get its scoped context; SQLite connections come from Microsoft.Data.Sqlite's pool.
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class MatchFinderBenchmarks
{
    private static readonly Dictionary<string, List<string>> Speaks = BenchmarkData.SpokenByAuthor(BenchmarkData.AuthorIds());

    private readonly IOptions<MatchingOptions> matching = Options.Create(new MatchingOptions());
    private Post[] probes = [];
    private List<Post> posts = [];
    private DbContextOptions<AppDbContext>? contextOptions;

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup(Target = nameof(BruteForce))]
    public void SetUpBruteForce()
    {
        using var db = new AppDbContext(BenchmarkDatabase.Options(BenchmarkDatabase.EnsureCreated(N)));
        posts = db.Posts.AsNoTracking().ToList();
        probes = BenchmarkData.Probes(BenchmarkData.AuthorIds());
    }

    [GlobalSetup(Target = nameof(MatchFinder))]
    public void SetUpMatchFinder()
    {
        contextOptions = BenchmarkDatabase.Options(BenchmarkDatabase.EnsureCreated(N));
        probes = BenchmarkData.Probes(BenchmarkData.AuthorIds());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkData.ProbeCount)]
    public int BruteForce()
    {
        var found = 0;
        foreach (var probe in probes)
        {
            found += BruteForceMatcher.Find(posts, probe, BenchmarkData.Now, matching.Value.MatchesPerPost, Speaks).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkData.ProbeCount)]
    public async Task<int> MatchFinder()
    {
        var found = 0;
        foreach (var probe in probes)
        {
            await using var db = new AppDbContext(contextOptions!);
            found += (await new AppMatchFinder(db, new HelperFinder(db, new ShownNames(db)), new PostLanguages(db), matching).FindAsync(probe, BenchmarkData.Now)).Count;
        }

        return found;
    }
}
