using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Answers;
using MutualAid.Web.Data;
using MutualAid.Web.Hosting;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.PostPages;

// A post's page: PostPageQuery reads what this viewer may see; each handler (Details.Handlers.cs)
// runs one step and redirects back.
[OutputCache(PolicyName = SignedOutPages.Policy)]
public partial class DetailsModel(PostPageQuery query, AnswerFlow flow, Gratitude gratitude, PostRenewal renewal, BlocksFromPost blocking,
    Stewardship stewardship, AppDbContext db, UserManager<Neighbor> users, IStringLocalizer<DetailsModel> text) : PageModel
{
    public PostPage PostPage { get; private set; } = null!;

    [BindProperty]
    public string? Message { get; set; }

    // A message on an answer, and which answer's form it was typed in, to show it again there.
    [BindProperty]
    public string? Reply { get; set; }

    public int? ReplyAnswerId { get; private set; }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(id, User, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        PostPage = page;
        return Page();
    }
}
