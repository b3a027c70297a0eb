using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Pages.PostPages;
using MutualAid.Web.Posts;
using MutualAid.Web.Security;

namespace MutualAid.Web.Pages;

// Report a post (?postId=) or a neighbor (?neighborId=) to the stewards.
public class ReportModel(AppDbContext db, UserManager<Neighbor> users, Stewardship stewardship, BlockedAccounts accounts, PostPageQuery postPages,
    IStringLocalizer<ReportModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? PostId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? NeighborId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string What { get; private set; } = "";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Tell the stewards what is wrong.")]
        [StringLength(Report.ReasonMaxLength, ErrorMessage = "Keep it to {1} characters or fewer.")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() => await DescribeAsync() ? Page() : NotFound();

    [RateLimited(LimitedAction.Reporting)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await DescribeAsync())
        {
            return NotFound();
        }

        var me = users.GetUserId(User)!;
        if (await accounts.RefusalAsync(me) is { } refusal)
        {
            // Reports can hide posts on their own, so a blocked account's would still reach others.
            ModelState.AddModelError(string.Empty, refusal);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (PostId is { } postId)
        {
            var post = await db.Posts.FirstAsync(p => p.Id == postId);
            await stewardship.ReportPostAsync(me, post, Input.Reason!);
        }
        else
        {
            await stewardship.ReportNeighborAsync(me, NeighborId!, Input.Reason!);
        }

        TempData["Notice"] = text["Thank you. The neighborhood's stewards will look at it."].Value;
        return PostId is { } id ? RedirectToPage("/Posts/Details", new { id }) : RedirectToPage("/Index");
    }

    private async Task<bool> DescribeAsync()
    {
        if (PostId is { } postId)
        {
            // Only a post this neighbor may see can be reported: one hidden, withdrawn or behind a
            // block is answered as if it did not exist.
            var title = await postPages.LoadAsync(postId, User) is { Post.Status: not PostStatus.Withdrawn } page ? page.Post.Title : null;
            What = title is null ? "" : text["the post “{0}”", title];
            return title is not null;
        }

        var name = NeighborId is null ? null : await db.Users.Where(u => u.Id == NeighborId).Select(u => u.DisplayName).FirstOrDefaultAsync();
        What = name ?? "";
        return name is not null && NeighborId != users.GetUserId(User);
    }
}
