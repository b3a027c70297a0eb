using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Pages.Moderation.Reports;

public sealed record ReportRecord(int Id, string ReporterName, int? PostId, string? PostTitle, string? NeighborId, string? NeighborName,
    string Reason, DateTime CreatedAt, DateTime? ResolvedAt);

// One report as the queue showed it, kept readable after a steward dealt with it.
public class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public ReportRecord Report { get; private set; } = null!;
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var report = await (from r in db.Reports.AsNoTracking()
                            where r.Id == id
                            join reporter in db.Users on r.ReporterId equals reporter.Id
                            join post in db.Posts on r.PostId equals post.Id into posts
                            from post in posts.DefaultIfEmpty()
                            join neighbor in db.Users on r.NeighborId equals neighbor.Id into neighbors
                            from neighbor in neighbors.DefaultIfEmpty()
                            select new ReportRecord(r.Id, reporter.DisplayName, r.PostId, post == null ? null : post.Title,
                                r.NeighborId, neighbor == null ? null : neighbor.DisplayName, r.Reason, r.CreatedAt, r.ResolvedAt))
            .FirstOrDefaultAsync();
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
