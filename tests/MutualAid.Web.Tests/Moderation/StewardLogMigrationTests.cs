using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

// A site that upgrades keeps its stewards' history: the log it wrote as English sentences is read
// once into facts, and stewards read the same entries as before, in English or Spanish.
public class StewardLogMigrationTests
{
    private const string Migration = "_StewardLogFacts";

    [SqliteOnlyFact]
    public async Task The_log_written_before_the_upgrade_reads_the_same_after_it_in_both_languages()
    {
        await using var app = new MutualAidApp();
        await WriteOldLogAsync(app.DatabasePath);
        await app.AddNeighborAsync("sam@example.org", "Sam");
        await app.MakeStewardAsync("sam@example.org");
        var sam = await app.SignedInClientAsync("sam@example.org");

        var english = (await sam.GetPageAsync("/Moderation")).Text;
        Assert.Contains("Hid automatically: post 12 “Cheap phones”", english, StringComparison.Ordinal);
        Assert.Contains("3 neighbors reported it", english, StringComparison.Ordinal);
        Assert.Contains("Blocked neighbor: Ben (Smith) (ben@example.org)", english, StringComparison.Ordinal);
        Assert.Contains("Keeps selling", english, StringComparison.Ordinal);
        Assert.Contains("Rosa", english, StringComparison.Ordinal);
        Assert.Contains("Dismissed report: report 7", english, StringComparison.Ordinal);
        Assert.Contains("Renamed category: Food & groceries → Groceries", english, StringComparison.Ordinal);
        Assert.Contains("Added neighborhood: Lomas", english, StringComparison.Ordinal);

        await app.SpeaksAsync("sam@example.org", "es");
        var spanish = (await (await app.SignedInClientAsync("sam@example.org")).Prefers("es").GetPageAsync("/Moderation")).Text;
        Assert.Contains("Ocultó automáticamente: publicación 12 «Cheap phones»", spanish, StringComparison.Ordinal);
        Assert.Contains("3 vecinos avisaron a coordinación", spanish, StringComparison.Ordinal);
        Assert.Contains("Bloqueó una cuenta: Ben (Smith) (ben@example.org)", spanish, StringComparison.Ordinal);
        Assert.Contains("Descartó un aviso: aviso 7", spanish, StringComparison.Ordinal);
        Assert.Contains("Cambió el nombre de una categoría: Comida y compras → Groceries", spanish, StringComparison.Ordinal);

        // The subjects are ids now, so later features can find what an entry was about.
        var rows = await app.WithDbAsync(db => db.StewardActions.AsNoTracking().ToDictionaryAsync(a => a.Kind));
        var (hidden, blocked, renamed) = (rows[StewardActionKind.HidAutomatically], rows[StewardActionKind.BlockedNeighbor], rows[StewardActionKind.RenamedCategory]);
        Assert.Equal((12, 3, "", ""), (hidden.PostId, hidden.Reporters, hidden.Reason, hidden.StewardId));
        Assert.Equal(("ben-id", "Ben (Smith)", "ben@example.org"), (blocked.NeighborId, blocked.Name, blocked.Email));
        Assert.Equal(7, rows[StewardActionKind.DismissedReport].ReportId);
        Assert.Equal((40, "Food & groceries", "Groceries"), (renamed.CategoryId, renamed.PreviousName, renamed.Name));
        Assert.Equal(3, rows[StewardActionKind.AddedNeighborhood].NeighborhoodId);
    }

    // The database as the version before this change left it: the schema of the migration before
    // ours, and log rows in the sentences that version wrote.
    private static async Task WriteOldLogAsync(string path)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        await using var db = new AppDbContext(options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith(Migration, StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before, TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, DisplayName, RadiusKm, CreatedAt,
                Notifications, DigestCategoryIds, Language, IsBlocked, AccessFailedCount, LockoutEnabled, PhoneNumberConfirmed, TwoFactorEnabled)
            VALUES ('rosa-id', 'rosa@example.org', 'ROSA@EXAMPLE.ORG', 'rosa@example.org', 'ROSA@EXAMPLE.ORG', 1, 'Rosa', 3, '2026-11-20 09:00:00',
                    'Instant', '[]', 'en', 0, 0, 0, 0, 0),
                   ('ben-id', 'ben@example.org', 'BEN@EXAMPLE.ORG', 'ben@example.org', 'BEN@EXAMPLE.ORG', 1, 'Ben (Smith)', 3, '2026-11-20 09:00:00',
                    'Instant', '[]', 'en', 1, 0, 0, 0, 0);
            INSERT INTO Categories (Id, Name, SortOrder) VALUES (40, 'Groceries', 0);
            INSERT INTO Neighborhoods (Id, Name, CenterLatitude, CenterLongitude, RadiusKm) VALUES (3, 'Lomas', 40.42, -3.7, 1.5);
            INSERT INTO StewardActions (StewardId, Action, Target, Reason, CreatedAt) VALUES
                ('', 'Hid automatically', 'post 12 “Cheap phones”', '3 neighbors reported it', '2026-11-26 09:00:00'),
                ('rosa-id', 'Blocked neighbor', 'Ben (Smith) (ben@example.org)', 'Keeps selling', '2026-11-26 10:00:00'),
                ('rosa-id', 'Dismissed report', 'report 7', 'Not a problem', '2026-11-26 11:00:00'),
                ('rosa-id', 'Renamed category', 'Food & groceries → Groceries', '', '2026-11-26 12:00:00'),
                ('rosa-id', 'Added neighborhood', 'Lomas', '', '2026-11-26 13:00:00');
            """, TestContext.Current.CancellationToken);
    }
}
