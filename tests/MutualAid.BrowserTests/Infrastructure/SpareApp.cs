namespace MutualAid.BrowserTests.Infrastructure;

// Starting an app costs seconds of compiling and a migrated database, while a test spends most of
// its time waiting on the browser and on email. So when a test takes an app with the usual
// settings, the next one starts beside it, and the next test finds it ready. Each test still has
// an app of its own that nobody has used: same settings, empty database, no account yet.
// An assembly fixture, so the last spare ends with the run.
public sealed class SpareApp : IAsyncDisposable
{
    private static readonly Lock Gate = new();
    private static Task<AppServer>? next;

    public static async Task<AppServer> TakeAsync(MailServer mail, CancellationToken cancellationToken)
    {
        Task<AppServer>? spare;
        lock (Gate)
        {
            spare = next;
            next = null;
        }

        var app = spare is null
            ? await AppServer.LaunchAsync(mail, null, cancellationToken)
            : await spare.WaitAsync(cancellationToken);
        lock (Gate)
        {
            // Started only once this test has its own, so two never start at once.
            next ??= Task.Run(() => AppServer.LaunchAsync(mail, null, CancellationToken.None), CancellationToken.None);
        }

        return app;
    }

    public async ValueTask DisposeAsync()
    {
        MigratedTemplate.Delete();
        Task<AppServer>? spare;
        lock (Gate)
        {
            spare = next;
            next = null;
        }

        if (spare is not null)
        {
            try
            {
                await (await spare).DisposeAsync();
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // A spare that failed to start has nothing left to end.
            }
        }
    }
}
