using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.PostPages;

// Withdrawing cannot be undone, so it is asked once more; the change itself is the
// Withdraw handler of the post's page.
public class WithdrawModel(AppDbContext db, UserManager<Neighbor> users) : PageModel
{
    public int PostId { get; private set; }
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AuthorId == userId, cancellationToken);
        if (post is null || !post.CanBeWithdrawn)
        {
            return NotFound();
        }

        (PostId, Title) = (post.Id, post.Title);
        return Page();
    }
}
