using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MutualAid.Web.Data;

// What `dotnet ef` builds its context with. SQLite's migrations by default; PostgreSQL's with
// `dotnet ef migrations add Name --project src/MutualAid.Web -- Postgres`. Neither connects.
public sealed class DesignTimeContext : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var location = args.Contains(nameof(DatabaseProvider.Postgres), StringComparer.OrdinalIgnoreCase)
            ? new DatabaseLocation("Host=localhost;Database=mutualaid", DatabaseProvider.Postgres)
            : new DatabaseLocation("Data Source=mutualaid.db");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseConfiguredProvider(location);
        return new AppDbContext(options.Options);
    }
}
