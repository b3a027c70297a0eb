using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;

namespace MutualAid.Web.Health;

// Writes a job's run in a context of its own, so a job that failed half-way through its own
// changes never has them saved along with the record of its failure.
public sealed class JobRuns(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(string name, string? error, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await db.JobRuns.FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (run is null)
        {
            run = new JobRun(name);
            db.Add(run);
        }

        run.Record(clock.GetUtcNow().UtcDateTime, error);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance wrote the first row of this job at the same moment: its record stands.
        }
    }

    public static Task<List<JobRun>> AllAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.JobRuns.AsNoTracking().ToListAsync(cancellationToken);
}
