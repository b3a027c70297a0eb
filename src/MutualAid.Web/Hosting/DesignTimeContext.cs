using Microsoft.EntityFrameworkCore.Design;
using MutualAid.Web.Data;

namespace MutualAid.Web.Hosting;

// What `dotnet ef` builds its context with: the app's own services, so the model is the one the
// site runs with (Identity's options shape it too). SQLite's migrations by default; PostgreSQL's
// with `dotnet ef migrations add Name --project src/MutualAid.Web -- Postgres`. Neither connects.
public sealed class DesignTimeContext : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        string[] settings = args.Contains(nameof(DatabaseProvider.Postgres), StringComparer.OrdinalIgnoreCase)
            ? ["--Database:Provider", nameof(DatabaseProvider.Postgres), "--ConnectionStrings:MutualAid", "Host=localhost;Database=mutualaid"]
            : [];
        var app = MutualAidApplication.Build(settings);
        return app.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
    }
}
