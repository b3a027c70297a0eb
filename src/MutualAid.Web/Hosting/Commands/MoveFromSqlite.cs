using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using MutualAid.Web.Data;
using Npgsql;

namespace MutualAid.Web.Hosting.Commands;

// `move-from-sqlite PATH`: a site that outgrew its SQLite file moves to PostgreSQL. The settings
// name the PostgreSQL database, as they will for the site afterwards (so no password is typed on a
// command line); PATH is the SQLite file the site ran on. The copy is one transaction: it lands
// whole or not at all, and a failed move leaves the target empty for another try.
public static class MoveFromSqlite
{
    public static async Task<int> RunAsync(IServiceProvider services, string path, TextWriter output)
    {
        if (services.GetRequiredService<DatabaseLocation>().IsSqlite)
        {
            output.WriteLine("move-from-sqlite copies a SQLite database into PostgreSQL. Set Database:Provider to Postgres and "
                + "ConnectionStrings:MutualAid to the new, empty PostgreSQL database, then run it again.");
            return HostCommand.Failed;
        }

        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            output.WriteLine($"There is no file at {file}.");
            return HostCommand.Failed;
        }

        using var alone = DatabaseLock.TryHoldAlone(file);
        if (alone is null)
        {
            output.WriteLine($"The site is running on {file}. Stop it first (for example: systemctl stop mutualaid), then move.");
            return HostCommand.Failed;
        }

        await using var source = SqliteContext(services, file);
        if (await ProblemWithSourceAsync(source, file) is { } problem)
        {
            output.WriteLine(problem);
            return HostCommand.Failed;
        }

        await using var scope = services.CreateAsyncScope();
        var target = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await target.Database.MigrateAsync();
        var tables = ModelTables.InOrder(DesignedTables(source), DesignedTables(target));
        await target.Database.OpenConnectionAsync();
        var into = (NpgsqlConnection)target.Database.GetDbConnection();
        if (await PostgresCopy.TablesWithRowsAsync(into, tables) is { Count: > 0 } held)
        {
            output.WriteLine($"The PostgreSQL database {into.Database} is not empty ({string.Join(", ", held)} hold rows), so nothing was copied. "
                + "Move into a new, empty database (for example: createdb mutualaid_new) and name it in ConnectionStrings:MutualAid.");
            return HostCommand.Failed;
        }

        await CopyAsync(source, into, tables, file, output);
        return HostCommand.Done;
    }

    private static async Task CopyAsync(AppDbContext source, NpgsqlConnection into, IReadOnlyList<ModelTable> tables, string file, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        await source.Database.OpenConnectionAsync();
        var from = (SqliteConnection)source.Database.GetDbConnection();
        var copied = new List<(string Table, ulong Rows)>();
        await using (var transaction = await into.BeginTransactionAsync())
        {
            foreach (var table in tables)
            {
                copied.Add((table.Name, await PostgresCopy.CopyTableAsync(from, into, table)));
            }

            var identities = await PostgresCopy.ContinueIdentitiesAsync(into);
            await transaction.CommitAsync();
            output.WriteLine($"Copied from {file} into the PostgreSQL database {into.Database}:");
            foreach (var (table, rows) in copied)
            {
                output.WriteLine($"  {table,-28} {rows,12:N0} rows");
            }

            output.WriteLine($"{copied.Sum(c => (decimal)c.Rows):N0} rows in {copied.Count} tables, {identities} identities set to continue after the highest id, "
                + $"in {clock.Elapsed.TotalSeconds:0.0} s.");
        }

        // The planner's statistics, before the first neighbor asks for a page.
        await using (var analyze = new NpgsqlCommand("ANALYZE;", into))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        output.WriteLine("Now set Database:Provider to Postgres for the site (ConnectionStrings:MutualAid as here) and start it. "
            + $"Keep {file} until the site is known to run well.");
    }

    private static async Task<string?> ProblemWithSourceAsync(AppDbContext source, string file)
    {
        try
        {
            var applied = (await source.Database.GetAppliedMigrationsAsync()).ToList();
            if (applied.Count == 0)
            {
                return $"{file} is not a MutualAid database; nothing was copied.";
            }

            var known = source.Database.GetMigrations().ToList();
            if (applied.Except(known).Any())
            {
                return $"{file} was last used by a newer version of MutualAid than this one; move it with that version.";
            }

            var pending = known.Except(applied).Count();
            return pending == 0 ? null
                : $"{file} lacks {pending} update(s) of this version of MutualAid. Start the site on it once (it brings the database up to date), stop it, then move.";
        }
        catch (SqliteException failure)
        {
            return $"{file} is not a SQLite database ({failure.Message}); nothing was copied.";
        }
    }

    // The model as designed: the one a running context reads leaves out what only migrations need.
    private static IRelationalModel DesignedTables(AppDbContext db) => db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

    // Read-only, with the app's services so Identity's options shape the model as they do the site's.
    private static AppDbContext SqliteContext(IServiceProvider services, string file)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseConfiguredProvider(new DatabaseLocation(connection)).UseApplicationServiceProvider(services);
        return new AppDbContext(options.Options);
    }
}
