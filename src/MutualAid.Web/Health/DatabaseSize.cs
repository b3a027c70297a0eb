using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Health;

// How many bytes the database takes: SQLite's pages times their size (the -wal file aside), or
// PostgreSQL's own count for the database.
public static class DatabaseSize
{
    public static async Task<long?> BytesAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(cancellationToken);
        }

        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var pages = await db.Database.SqlQueryRaw<long>("SELECT page_count AS Value FROM pragma_page_count()").SingleAsync(cancellationToken);
        var pageSize = await db.Database.SqlQueryRaw<long>("SELECT page_size AS Value FROM pragma_page_size()").SingleAsync(cancellationToken);
        return pages * pageSize;
    }
}
