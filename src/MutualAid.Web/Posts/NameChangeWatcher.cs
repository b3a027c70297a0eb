using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Web.Posts;

// Makes NameListCache forget the names whenever a save touches a category, a neighborhood or one
// of their names in another language, whichever page or job made the change. Forgotten before
// the save and again after it, so no request keeps a list read in between.
public sealed class NameChangeWatcher(NameListCache cache) : SaveChangesInterceptor
{
    private static readonly HashSet<string> NameTables = ["Categories", "CategoryNames", "Neighborhoods", "NeighborhoodNames"];

    // Contexts whose save under way touches names.
    private readonly ConditionalWeakTable<DbContext, object> saving = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AfterSave(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return Task.CompletedTask;
    }

    private void BeforeSave(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && NameTables.Contains(e.Metadata.GetTableName() ?? "")))
        {
            saving.AddOrUpdate(context, context);
            cache.Forget();
        }
    }

    private void AfterSave(DbContext? context)
    {
        if (context is not null && saving.Remove(context))
        {
            cache.Forget();
        }
    }
}
