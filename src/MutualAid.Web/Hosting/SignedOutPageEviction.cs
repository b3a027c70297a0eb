using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Web.Hosting;

// Evicts every signed-out page copy when the database is written where those pages read: posts,
// their languages, series, answers, thanks, categories, neighborhoods and their names, offline
// neighbors, and a neighbor's display name or the account itself. It watches the SQL sent, not
// the entities saved, so SaveChanges, ExecuteUpdate, ExecuteDelete and raw SQL are all seen, and a
// new write path cannot forget to evict. Inside a transaction it evicts again at the commit: until
// then a reader still sees the old rows and could have cached them after the first eviction.
public sealed partial class SignedOutPageEviction(IOutputCacheStore store) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> changedIn = [];
    private long generation;

    // Bumped by every eviction; a page read before a bump is not cached after it.
    public long Generation => Interlocked.Read(ref generation);

    [GeneratedRegex("""\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"(?:Posts|PostLanguages|PostSeries|Answers|ThankYous|Categories|CategoryNames|Neighborhoods|NeighborhoodNames|OfflineNeighbors)"|\bDELETE\s+FROM\s+"AspNetUsers"|\bUPDATE\s+"AspNetUsers"[^;]*\bSET\b[^;]*"DisplayName"\s*=""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShownTableWrite();

    // Raised by every eviction a write made here, so other instances can be told of it.
    public event Action? EvictedByWrite;

    public async ValueTask EvictAsync()
    {
        await EvictHereAsync();
        EvictedByWrite?.Invoke();
    }

    // For a write made through another instance of the app.
    public async ValueTask EvictHereAsync()
    {
        Interlocked.Increment(ref generation);
        await store.EvictByTagAsync(SignedOutPages.Tag, CancellationToken.None);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Written(command);
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        await WrittenAsync(command);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Written(command);
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        await WrittenAsync(command);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Written(command);
        return result;
    }

    public override async ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        await WrittenAsync(command);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (changedIn.Remove(transaction))
        {
            EvictAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (changedIn.Remove(transaction))
        {
            await EvictAsync();
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => changedIn.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changedIn.Remove(transaction);
        return Task.CompletedTask;
    }

    // The memory store evicts synchronously, so the blocking call never waits.
    private void Written(DbCommand command) => WrittenAsync(command).AsTask().GetAwaiter().GetResult();

    private async ValueTask WrittenAsync(DbCommand command)
    {
        if (!ShownTableWrite().IsMatch(command.CommandText))
        {
            return;
        }

        if (command.Transaction is { } transaction)
        {
            changedIn.AddOrUpdate(transaction, this);
        }

        await EvictAsync();
    }
}
