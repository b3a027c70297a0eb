using System.Collections.Concurrent;
using System.Diagnostics;

namespace MutualAid.BrowserTests.Infrastructure;

// A process the tests start and always end, with its whole tree. What it prints goes to a log
// file under TestResults/logs, and its last lines are kept so a failure can quote them.
public sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 60;

    private readonly Process process;
    private readonly ConcurrentQueue<string> tail = new();
    private readonly StreamWriter log;
    private bool closed;

    private ChildProcess(Process process, string logPath)
    {
        this.process = process;
        LogPath = logPath;
        log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public string LogPath { get; }

    public bool HasExited => process.HasExited;

    public string Tail => $"{string.Join('\n', tail)}\n(whole log: {LogPath})";

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        Directory.CreateDirectory(Paths.Logs);
        var child = new ChildProcess(new Process { StartInfo = info }, Path.Combine(Paths.Logs, $"{name}.log"));
        child.process.OutputDataReceived += (_, e) => child.Record(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        // Should the test host stop without disposing its fixtures, the children go with it.
        AppDomain.CurrentDomain.ProcessExit += child.KillOnExit;
        return child;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but slow to go; the tree was signalled and nothing waits on it.
        }

        lock (log)
        {
            closed = true;
            log.Dispose();
        }

        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        tail.Enqueue(line);
        while (tail.Count > TailLines && tail.TryDequeue(out _))
        {
        }

        lock (log)
        {
            if (!closed)
            {
                log.WriteLine(line);
            }
        }
    }

    private void KillOnExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }
    }
}
