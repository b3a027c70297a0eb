using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MutualAid.Web.Tests.Infrastructure;

// Holds the first command whose SQL contains the given text, once it has run, until the test
// releases it: what the app does next happens after whatever the test does meanwhile.
public sealed class PauseAfterCommand(string sqlContains) : DbCommandInterceptor
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int paused;

    public Task Reached => reached.Task;

    public void Register(IServiceCollection services) => services.AddSingleton<IInterceptor>(this);

    public void Release() => released.TrySetResult();

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await PauseAsync(command);
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        await PauseAsync(command);
        return result;
    }

    private async Task PauseAsync(DbCommand command)
    {
        if (command.CommandText.Contains(sqlContains, StringComparison.Ordinal) && Interlocked.Exchange(ref paused, 1) == 0)
        {
            reached.TrySetResult();
            await released.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
