using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

public class MoveFromSqliteTests
{
    private static readonly JsonSerializerOptions AsRows = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    [PostgresOnlyFact]
    public async Task A_moved_site_keeps_every_row_as_it_was_signs_its_neighbors_in_and_gives_new_rows_fresh_ids()
    {
        var site = new MovedSite();
        string before;
        await using (var onSqlite = new MutualAidApp(settings: site.OnSqlite))
        {
            await onSqlite.AnsweredPostAsync();
            before = await RowsAsync(onSqlite);
        }

        await using var onPostgres = new MutualAidApp(settings: MovedSite.OnNewPostgresDatabase());
        var (exitCode, output) = await site.MoveIntoAsync(onPostgres);

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Posts\s+1 rows", output);
        Assert.Matches(@"AspNetUsers\s+2 rows", output);
        Assert.Equal(before, await RowsAsync(onPostgres));
        Assert.Contains("\"CreatedAt\":\"2026-11-27T09:00:00Z\"", before, StringComparison.Ordinal);
        await onPostgres.SignedInClientAsync(Person.Ana.Email);
        var ana = await onPostgres.WithDbAsync(db => db.Users.SingleAsync(n => n.Email == Person.Ana.Email));
        var next = await onPostgres.AddPostAsync(ana.Id, PostKind.Offer, "Soup on Sundays", TestData.AnaHome);
        Assert.Equal(2, next.Id);
    }

    [PostgresOnlyFact]
    public async Task Moving_refuses_a_site_still_running_a_target_that_holds_rows_and_a_file_an_update_behind()
    {
        var site = new MovedSite();
        await using var target = new MutualAidApp(settings: MovedSite.OnNewPostgresDatabase());
        await using (var running = new MutualAidApp(settings: site.OnSqlite))
        {
            await running.AddNeighborAsync(Person.Ana);
            var refused = await site.MoveIntoAsync(target);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains($"The site is running on {site.SqliteFile}. Stop it first", refused.Output, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await site.MoveIntoAsync(target)).ExitCode);
        var again = await site.MoveIntoAsync(target);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty (", again.Output, StringComparison.Ordinal);
        Assert.Contains("AspNetUsers", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, await target.WithDbAsync(db => db.Users.CountAsync()));

        var older = new MovedSite();
        older.MigrateAllButTheLast();
        await using var untouched = new MutualAidApp(settings: MovedSite.OnNewPostgresDatabase());
        var behind = await older.MoveIntoAsync(untouched);
        Assert.Equal(1, behind.ExitCode);
        Assert.Contains("lacks 1 update(s) of this version of MutualAid. Start the site on it once", behind.Output, StringComparison.Ordinal);

        var intoSqlite = await HostCommands.RunAsync([.. HostCommands.On(target, "Production", "move-from-sqlite", site.SqliteFile),
            "--Database:Provider", "Sqlite", "--ConnectionStrings:MutualAid", site.OnSqlite["ConnectionStrings:MutualAid"]!]);
        Assert.Equal(1, intoSqlite.ExitCode);
        Assert.Contains("Set Database:Provider to Postgres", intoSqlite.Output, StringComparison.Ordinal);
    }

    // Every column of the rows a neighbor's story touches, dates with their time zone.
    private static Task<string> RowsAsync(MutualAidApp app) => app.WithDbAsync(async db => string.Join("\n",
        JsonSerializer.Serialize(await db.Users.AsNoTracking().OrderBy(n => n.Email).ToListAsync(), AsRows),
        JsonSerializer.Serialize(await db.Posts.AsNoTracking().OrderBy(p => p.Id).ToListAsync(), AsRows),
        JsonSerializer.Serialize(await db.Answers.AsNoTracking().OrderBy(a => a.Id).ToListAsync(), AsRows),
        JsonSerializer.Serialize(await db.PostLanguages.AsNoTracking().OrderBy(l => l.PostId).ThenBy(l => l.Code).ToListAsync(), AsRows),
        JsonSerializer.Serialize(await db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(), AsRows),
        JsonSerializer.Serialize(await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(), AsRows)));
}
