using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Web.Data;

// Settings SQLite keeps per connection, applied each time EF opens one. The write-ahead log
// (set once in the file by DatabaseInitializer) lets readers go on while one neighbor posts;
// with it, synchronous=NORMAL stays consistent after a crash and syncs once per checkpoint
// instead of on every commit; busy_timeout makes a writer wait inside SQLite for the lock.
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string PerConnection = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
