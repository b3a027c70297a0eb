using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MutualAid.Web.Data;
using MutualAid.Web.Neighborhoods;

namespace MutualAid.Web.Posts;

public sealed record BrowseChoice(string Name, int Id);

public sealed record BrowseChoiceLists(IReadOnlyList<BrowseChoice> Categories, IReadOnlyList<BrowseChoice> Neighborhoods);

// The category and neighborhood lists every browse and map page offers. Read on every request
// they were two of the list page's five queries, for rows that change only when a steward edits
// them; kept in memory instead, and forgotten whenever a save touches either table.
public sealed class BrowseChoices : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> savingChoices = [];
    private volatile BrowseChoiceLists? lists;

    public async Task<BrowseChoiceLists> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (lists is { } known)
        {
            return known;
        }

        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new BrowseChoice(c.Name, c.Id)).ToListAsync(cancellationToken);
        var neighborhoods = await db.Neighborhoods.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new BrowseChoice(n.Name, n.Id)).ToListAsync(cancellationToken);
        var loaded = new BrowseChoiceLists(categories, neighborhoods);
        // A save that ran while these were read has already cleared the field, and leaves it set.
        lists ??= loaded;
        return loaded;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ForgetIfTouched(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ForgetIfTouched(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Forgotten again once saved, in case a request read the old rows in between.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetAgain(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetAgain(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetAgain(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetAgain(eventData.Context);
        return Task.CompletedTask;
    }

    private void ForgetIfTouched(DbContext? context)
    {
        if (context is null || context.ChangeTracker.Entries().Any(e => e.Entity is Category or Neighborhood && e.State != EntityState.Unchanged))
        {
            lists = null;
            if (context is not null)
            {
                savingChoices.AddOrUpdate(context, this);
            }
        }
    }

    private void ForgetAgain(DbContext? context)
    {
        if (context is not null && savingChoices.Remove(context))
        {
            lists = null;
        }
    }
}
