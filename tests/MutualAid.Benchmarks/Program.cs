using System.Globalization;
using BenchmarkDotNet.Running;

namespace MutualAid.Benchmarks;

// A named class rather than top-level statements: the web app already has a global Program.
public static class Program
{
    // `-- --explain [N]` prints the SQL MatchFinder sends and SQLite's plan for it, and checks
    // that MatchFinder and the brute-force scan agree; `--load-data PATH [N]` builds the load test's
    // database (scripts/load.sh); anything else goes to BenchmarkDotNet.
    public static async Task Main(string[] args)
    {
        if (args is ["--explain", ..])
        {
            await QueryPlanReport.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
            return;
        }

        if (args is ["--browse", var browsePath])
        {
            await BrowseTimings.RunAsync(browsePath);
            return;
        }

        if (args is ["--post-timings", var postsPath, ..])
        {
            int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
            await PostTimings.RunAsync(postsPath, args.Length > 2 ? args[2] : "load2@example.org", Arg(3, 500), Arg(4, 200));
            return;
        }

        if (args is ["--load-data", var path, ..])
        {
            var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
            await LoadData.LoadDatabase.CreateAsync(path, count, DateTime.UtcNow, Console.Out);
            return;
        }

        if (args is ["--queue-emails", var outboxPath, var emails])
        {
            await LoadData.LoadDatabase.QueueEmailsAsync(outboxPath, int.Parse(emails, CultureInfo.InvariantCulture), DateTime.UtcNow);
            return;
        }

        if (args is ["--smtp-sink", var port])
        {
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
            await SmtpSink.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), stop.Token);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
