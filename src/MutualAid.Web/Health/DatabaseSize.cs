using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Health;

// How many bytes the SQLite database takes (pages times page size; the -wal file aside).
public static class DatabaseSize
{
    public static async Task<long?> BytesAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var pages = await db.Database.SqlQueryRaw<long>("SELECT page_count AS Value FROM pragma_page_count()").SingleAsync(cancellationToken);
        var pageSize = await db.Database.SqlQueryRaw<long>("SELECT page_size AS Value FROM pragma_page_size()").SingleAsync(cancellationToken);
        return pages * pageSize;
    }
}
