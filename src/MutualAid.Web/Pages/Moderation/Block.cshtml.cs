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

// Blocking asks first: the queue's "Block" button brings the steward here, to see whom it blocks
// and what follows, with the reason they typed, before anything changes. Works without scripts.
public class BlockModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, IStringLocalizer<BlockModel> text) : PageModel
{
    [BindProperty]
    public string? NeighborId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public int OpenPosts { get; private set; }
    public string? ReasonError { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Moderation/Index");

    // From the queue: show what would happen; nothing changes yet.
    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } neighbor)
        {
            return NotFound();
        }

        return neighbor.Id == users.GetUserId(User) ? Refuse(text["You cannot block your own account."]) : Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await LoadAsync() is not { } neighbor)
        {
            return NotFound();
        }

        if (neighbor.Id == users.GetUserId(User))
        {
            return Refuse(text["You cannot block your own account."]);
        }

        if (neighbor.IsBlocked)
        {
            return Refuse(text["{0}'s account is already blocked.", neighbor.DisplayName]);
        }

        if (StewardReason.Problem(Reason, text) is { } problem)
        {
            ReasonError = problem;
            return Page();
        }

        await stewardship.BlockAsync(users.GetUserId(User)!, neighbor, Reason!.Trim());
        TempData["Notice"] = text["{0} is blocked. Their open posts are hidden.", neighbor.DisplayName].Value;
        return RedirectToPage("/Moderation/Index");
    }

    private RedirectToPageResult Refuse(string message)
    {
        TempData["Notice"] = message;
        return RedirectToPage("/Moderation/Index");
    }

    private async Task<Neighbor?> LoadAsync()
    {
        var neighbor = NeighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == NeighborId);
        if (neighbor is not null)
        {
            (Name, Email) = (neighbor.DisplayName, neighbor.Email);
            OpenPosts = await db.Posts.CountAsync(p => p.AuthorId == neighbor.Id && (p.Status == PostStatus.Open || p.Status == PostStatus.InProgress));
        }

        return neighbor;
    }
}
