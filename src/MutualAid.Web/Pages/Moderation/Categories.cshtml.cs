using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Moderation;

public class CategoriesModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, IStringLocalizer<CategoriesModel> text) : PageModel
{
    private const int NameMaxLength = 80;

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    public async Task OnGetAsync() => Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();

    public async Task<IActionResult> OnPostAddAsync(string? name)
    {
        if (await RefusalAsync(name, null) is { } refusal)
        {
            return Back(refusal);
        }

        var order = await db.Categories.MaxAsync(c => (int?)c.SortOrder) ?? 0;
        var category = new Category { Name = name!.Trim(), SortOrder = order + 1 };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        await stewardship.LogAsync(StewardAction.AddedCategory(users.GetUserId(User)!, category));
        return Back(text["Category added."]);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id);
        if (category is null)
        {
            return NotFound();
        }

        if (await RefusalAsync(name, id) is { } refusal)
        {
            return Back(refusal);
        }

        var before = category.Name;
        category.Name = name!.Trim();
        await db.SaveChangesAsync();
        await stewardship.LogAsync(StewardAction.RenamedCategory(users.GetUserId(User)!, category, before));
        return Back(text["Category renamed."]);
    }

    private async Task<string?> RefusalAsync(string? name, int? id)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            return text["A category needs a name of 1 to {0} characters.", NameMaxLength];
        }

        var trimmed = name.Trim();
        return await db.Categories.AnyAsync(c => c.Name == trimmed && c.Id != id) ? text["There is already a category with that name."].Value : null;
    }

    private RedirectToPageResult Back(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage();
    }
}
