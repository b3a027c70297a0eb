using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public sealed record BlockedAccount(string Id, string Name, string? Email);

// The accounts stewards blocked, each with a way to lift the block, with a reason for the log.
public class BlockedModel(AppDbContext db, UserManager<Neighbor> users, StewardRoster roster, IStringLocalizer<BlockedModel> text) : PageModel
{
    public IReadOnlyList<BlockedAccount> Accounts { get; private set; } = [];

    public async Task OnGetAsync() =>
        Accounts = await db.Users.AsNoTracking().Where(u => u.IsBlocked).OrderBy(u => u.DisplayName)
            .Select(u => new BlockedAccount(u.Id, u.DisplayName, u.Email)).Take(500).ToListAsync();

    public async Task<IActionResult> OnPostAsync(string? neighborId, string? reason)
    {
        var neighbor = neighborId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == neighborId);
        if (neighbor is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > Report.ReasonMaxLength)
        {
            TempData["Notice"] = text["Give a reason of 1 to {0} characters; it is recorded with the action.", Report.ReasonMaxLength].Value;
            return RedirectToPage();
        }

        try
        {
            TempData["Notice"] = await roster.UnblockAsync(users.GetUserId(User)!, neighbor, reason.Trim())
                ?? text["{0} is unblocked. Posts hidden only because of the block are back.", neighbor.DisplayName].Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = text["Someone changed this account or its posts at the same moment. Here is how it stands now; please try again."].Value;
        }

        return RedirectToPage();
    }
}
