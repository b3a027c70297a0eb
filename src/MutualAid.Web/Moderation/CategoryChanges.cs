using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

// A steward retires a category no one needs any more, brings one back, or merges two that mean
// the same. Each is saved with its log entry in one transaction, so the log never says what did
// not happen. Names are logged in English, like a rename of the English name.
public sealed class CategoryChanges(AppDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<bool> RetireAsync(string stewardId, int categoryId)
    {
        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId) is not { IsRetired: false } category)
        {
            return false;
        }

        category.Retire(Now);
        db.StewardActions.Add(StewardAction.RetiredCategory(stewardId, category).At(Now));
        await db.SaveChangesAsync();
        return true;
    }

    public async Task<bool> BringBackAsync(string stewardId, int categoryId)
    {
        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == categoryId) is not { IsRetired: true } category)
        {
            return false;
        }

        category.BringBack();
        db.StewardActions.Add(StewardAction.BroughtBackCategory(stewardId, category).At(Now));
        await db.SaveChangesAsync();
        return true;
    }

    // Every post in the first moves to the second, every neighbor who could help with the first
    // can help with the second, and the first is retired. It cannot be undone: the posts that
    // were in each are no longer told apart.
    public async Task<int> MergeAsync(string stewardId, Category from, Category into)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var moved = await db.Posts.Where(p => p.CategoryId == from.Id).ExecuteUpdateAsync(set => set.SetProperty(p => p.CategoryId, into.Id));
        foreach (var helper in await db.Users.Where(u => u.HelpCategoryIds.Contains(from.Id)).ToListAsync())
        {
            helper.HelpCategoryIds = [.. helper.HelpCategoryIds.Select(id => id == from.Id ? into.Id : id).Distinct().Order()];
        }

        from.Retire(Now);
        db.StewardActions.Add(StewardAction.MergedCategory(stewardId, from, into).At(Now));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return moved;
    }
}
