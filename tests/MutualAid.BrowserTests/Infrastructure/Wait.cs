namespace MutualAid.BrowserTests.Infrastructure;

public static class Wait
{
    // Polls until the check passes; never longer than the limit, then fails with the message.
    public static async Task<T> ForAsync<T>(Func<Task<T?>> check, TimeSpan limit, Func<string> failure)
        where T : class
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (await check() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(failure());
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken);
        }
    }
}
