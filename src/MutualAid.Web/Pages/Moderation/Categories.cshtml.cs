using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Moderation;

public partial class CategoriesModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, IStringLocalizer<CategoriesModel> text) : PageModel
{
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public IEnumerable<Category> InUse => Categories.Where(c => !c.IsRetired);
    public IEnumerable<Category> Retired => Categories.Where(c => c.IsRetired);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Category")]
        public int? Id { get; set; }

        [Display(Name = "Name")]
        [Required(ErrorMessage = "Give the category a name in English.")]
        [StringLength(NameInLanguage.MaxLength, ErrorMessage = "Keep the name to {1} characters or fewer.")]
        public string? Name { get; set; }

        public Dictionary<string, string?> NameIn { get; set; } = [];
    }

    public async Task OnGetAsync(int? edit, int? merge)
    {
        await LoadAsync();
        await ShowMergeAsync(merge);
        if (Categories.FirstOrDefault(c => c.Id == edit) is { } chosen)
        {
            Input = new InputModel { Id = chosen.Id, Name = chosen.Name, NameIn = NamesForm.Typed(chosen.Names) };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var category = Input.Id is { } id ? await db.Categories.FirstOrDefaultAsync(c => c.Id == id) : null;
        if (Input.Id is not null && category is null)
        {
            return NotFound();
        }

        NamesForm.Check(ModelState, Input.Name, Input.NameIn, Categories.Select(c => (c.Id, (Func<string, string>)c.NameIn)), Input.Id,
            (name, language) => text["There is already a category called “{0}” in {1}.", name, language],
            text["Keep the name to {0} characters or fewer.", NameInLanguage.MaxLength]);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var steward = users.GetUserId(User)!;
        var english = Input.Name!.Trim();
        var added = category is null;
        var before = category?.Name ?? "";
        category ??= new Category { Name = english, SortOrder = (Categories.Count == 0 ? 0 : Categories.Max(c => c.SortOrder)) + 1 };
        category.Name = english;
        var changes = NamesForm.SetOtherNames(category.Names, Input.NameIn);
        if (added)
        {
            db.Categories.Add(category);
            await db.SaveChangesAsync();
        }

        // A rename is saved with its log entries, which keep the names as they were.
        var log = added
            ? [StewardAction.AddedCategory(steward, category, Languages.Default, english), .. changes.Select(c => StewardAction.AddedCategory(steward, category, c.Language, c.After))]
            : Renames(steward, category, before, changes);
        await stewardship.LogAsync(log);
        TempData["Notice"] = (added ? text["Category added."] : text["Category saved."]).Value;
        return RedirectToPage();
    }

    private static List<StewardAction> Renames(string steward, Category category, string before, List<NameChange> changes) =>
        [.. before == category.Name ? [] : new[] { StewardAction.RenamedCategory(steward, category, Languages.Default, before, category.Name) },
            .. changes.Select(c => StewardAction.RenamedCategory(steward, category, c.Language, c.Before, c.After))];

    private async Task LoadAsync() => Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();
}
