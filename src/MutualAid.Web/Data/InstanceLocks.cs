using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace MutualAid.Web.Data;

// Locks every instance of the app sees, for work that must be done once however many instances
// run over one PostgreSQL database: advisory locks, each on a connection of its own, so an instance
// that dies lets go of its locks with its connection and no lease is left to run out. On SQLite
// one process runs the app (DatabaseLock), so they are granted at once.
// See docs/decisions: several instances.
public sealed class InstanceLocks(DatabaseLocation location)
{
    // The first half of every key, so the app's locks never meet another program's in a shared database.
    private const string KeySpace = "hashtext('mutualaid')";

    // Null when another instance holds the lock: the caller leaves the work to it.
    public async Task<IAsyncDisposable?> TryTakeAsync(string name, CancellationToken cancellationToken)
    {
        if (location.IsSqlite)
        {
            return Granted.Instance;
        }

        var connection = await OpenAsync(cancellationToken);
        if (await RunAsync(connection, $"SELECT pg_try_advisory_lock({KeySpace}, hashtext(@name))", name, cancellationToken) is true)
        {
            return new Held(connection, name);
        }

        await connection.DisposeAsync();
        return null;
    }

    // Waits while another instance holds the lock.
    public async Task<IAsyncDisposable> TakeAsync(string name, CancellationToken cancellationToken)
    {
        if (location.IsSqlite)
        {
            return Granted.Instance;
        }

        var connection = await OpenAsync(cancellationToken);
        await RunAsync(connection, $"SELECT pg_advisory_lock({KeySpace}, hashtext(@name))", name, cancellationToken);
        return new Held(connection, name);
    }

    // Held by the context's open transaction, let go at its commit or rollback. Returns whether a
    // lock was taken, that is, whether other instances can be saving beside this one.
    public static async Task<bool> TakeForTransactionAsync(DatabaseFacade database, string name, CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql())
        {
            return false;
        }

        await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('mutualaid'), hashtext({name}))", cancellationToken);
        return true;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<object?> RunAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private sealed class Granted : IAsyncDisposable
    {
        public static readonly Granted Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // Unlocked before the connection goes back to the pool: Npgsql resets a pooled connection's
    // session only when it is next used, and until then the lock would stay held.
    private sealed class Held(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await RunAsync(connection, $"SELECT pg_advisory_unlock({KeySpace}, hashtext(@name))", name, CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
