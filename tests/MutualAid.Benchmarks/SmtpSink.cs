using netDumbster.smtp;

namespace MutualAid.Benchmarks;

// A mail server on this machine that accepts everything and keeps only a count, so the load
// script can measure how fast the outbox drains without a real relay.
public static class SmtpSink
{
    public static async Task RunAsync(int port, CancellationToken cancellationToken)
    {
        using var server = SimpleSmtpServer.Start(port);
        var received = 0;
        server.MessageReceived += (_, _) => Interlocked.Increment(ref received);
        Console.WriteLine($"SMTP sink listening on 127.0.0.1:{port}");
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            server.ClearReceivedEmail();
        }

        Console.WriteLine($"SMTP sink received {received} messages");
    }
}
