using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Hosting;

// Data protection loads its key ring as the app starts, and makes the first key when it finds
// none. Instances started together on a new PostgreSQL database would each make one, and each
// learns of the other's key only when its ring next refreshes, up to a day later: until then a
// log-in cookie or form token signed by one instance is refused by the other, whichever the proxy
// picks. So the ring is first loaded here, one instance at a time under a lock held in the
// database: the first to start makes the key, the others read it. (SQLite has one instance.)
public static class KeyRingAtStart
{
    public static async Task LoadKeyRingAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        // Held by this transaction, on its own connection: the key is written through another.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await InstanceLocks.TakeForTransactionAsync(db.Database, "data-protection key ring", CancellationToken.None);
        app.Services.GetRequiredService<IKeyRingProvider>().GetCurrentKeyRing();
        await transaction.CommitAsync();
    }
}
