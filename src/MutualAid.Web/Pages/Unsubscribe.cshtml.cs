using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Email;

namespace MutualAid.Web.Pages;

// RFC 8058 one-click unsubscribe. Mail apps POST here with no cookie and no antiforgery token;
// the signed token in the link is what proves the request. A GET only asks for confirmation.
[IgnoreAntiforgeryToken]
public class UnsubscribeModel(AppDbContext db, UnsubscribeTokens tokens) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool IsValid { get; private set; }
    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var neighborId = tokens.NeighborIdFrom(Token);
        IsValid = neighborId is not null;
        Done = IsValid && await db.Users.AnyAsync(u => u.Id == neighborId && u.Notifications == NotificationMode.Off, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var neighborId = tokens.NeighborIdFrom(Token);
        if (neighborId is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await db.Users.Where(u => u.Id == neighborId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Notifications, NotificationMode.Off), cancellationToken);
        IsValid = Done = true;
        return Page();
    }
}
