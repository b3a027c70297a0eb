using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Moderation;

// Retiring and bringing back take one press, since each undoes the other. Merging cannot be
// undone, so it has its own form that says how many posts will move before anything does.
public partial class CategoriesModel
{
    public Category? Merging { get; private set; }
    public int MergingPostCount { get; private set; }

    [BindProperty]
    [Display(Name = "Merge into")]
    public int? MergeInto { get; set; }

    public async Task<IActionResult> OnPostRetireAsync(int id, [FromServices] CategoryChanges changes)
    {
        if (await changes.RetireAsync(users.GetUserId(User)!, id))
        {
            TempData["Notice"] = text["Category retired. Posts that have it keep it; new posts cannot choose it."].Value;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBringBackAsync(int id, [FromServices] CategoryChanges changes)
    {
        if (await changes.BringBackAsync(users.GetUserId(User)!, id))
        {
            TempData["Notice"] = text["Category brought back."].Value;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, [FromServices] CategoryChanges changes)
    {
        ModelState.Clear();
        await LoadAsync();
        await ShowMergeAsync(id);
        if (Merging is null)
        {
            return NotFound();
        }

        var into = InUse.FirstOrDefault(c => c.Id == MergeInto && c.Id != id);
        if (into is null)
        {
            ModelState.AddModelError(nameof(MergeInto), text["Choose the category its posts move to."]);
            return Page();
        }

        var from = await db.Categories.FirstAsync(c => c.Id == id);
        var moved = await changes.MergeAsync(users.GetUserId(User)!, from, await db.Categories.FirstAsync(c => c.Id == into.Id));
        TempData["Notice"] = text["“{0}” is merged into “{1}”: {2} posts moved.", from.ShownName, into.ShownName, moved].Value;
        return RedirectToPage();
    }

    private async Task ShowMergeAsync(int? id)
    {
        Merging = Categories.FirstOrDefault(c => c.Id == id);
        if (Merging is not null)
        {
            MergingPostCount = await db.Posts.CountAsync(p => p.CategoryId == Merging.Id);
        }
    }
}
