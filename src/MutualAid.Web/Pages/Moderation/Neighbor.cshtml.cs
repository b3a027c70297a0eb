using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Moderation;

public sealed record NeighborRecord(string Name, string? Email, DateTime JoinedAt, bool IsBlocked);

public sealed record NeighborPost(int Id, string Title, PostStatus Status);

// What a steward needs to know about one neighbor the log names: who they are and their posts.
public class NeighborModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public NeighborRecord Neighbor { get; private set; } = null!;
    public IReadOnlyList<NeighborPost> Posts { get; private set; } = [];
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        var neighbor = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new NeighborRecord(u.DisplayName, u.Email, u.CreatedAt, u.IsBlocked)).FirstOrDefaultAsync();
        if (neighbor is null)
        {
            return NotFound();
        }

        Neighbor = neighbor;
        Posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == id).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Select(p => new NeighborPost(p.Id, p.Title, Post.StatusAt(p.Status, p.ExpiresAt, Now))).Take(100).ToListAsync();
        return Page();
    }
}
