using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Data;
using MutualAid.Web.Health;

namespace MutualAid.Web.Hosting.Commands;

// `backup` and `restore`. A backup is a whole SQLite database written by VACUUM INTO, which reads
// one consistent snapshot while the site goes on writing. A restore copies with SQLite's backup API
// into a database no app has open, after keeping the current one beside it. Both are for SQLite
// only: PostgreSQL has its own tools for this (pg_dump, pg_restore).
public static class DatabaseBackup
{
    public const string ForSqliteOnly = "backup and restore are for a SQLite database, and this site uses PostgreSQL "
        + "(Database:Provider). Back it up with pg_dump and restore it with pg_restore instead.";

    public static async Task<int> BackupAsync(IServiceProvider services, string path, TextWriter output)
    {
        if (!services.GetRequiredService<DatabaseLocation>().IsSqlite)
        {
            output.WriteLine(ForSqliteOnly);
            return HostCommand.Failed;
        }

        var database = DatabaseFile(services);
        var target = Path.GetFullPath(path);
        if (File.Exists(target))
        {
            output.WriteLine($"{target} already exists. Choose a new file name; a backup never overwrites.");
            return HostCommand.Failed;
        }

        if (!File.Exists(database))
        {
            output.WriteLine($"There is no database at {database} to back up. Check ConnectionStrings:MutualAid.");
            return HostCommand.Failed;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var clock = Stopwatch.StartNew();
        await using var connection = Open(database, SqliteOpenMode.ReadOnly);
        await VacuumIntoAsync(connection, target);
        output.WriteLine($"Backed up {database} to {target} ({new FileInfo(target).Length / 1024} KiB in {clock.Elapsed.TotalSeconds:0.0} s).");
        await RecordBackupAsync(services, output);
        return HostCommand.Done;
    }

    // Stewards read the time of the last backup on the health page. The backup is made either way.
    private static async Task RecordBackupAsync(IServiceProvider services, TextWriter output)
    {
        try
        {
            await services.GetRequiredService<JobRuns>().RecordAsync(JobNames.Backup, null);
        }
        catch (Exception failure) when (failure is SqliteException or DbUpdateException)
        {
            output.WriteLine($"(The backup's time could not be noted in the database for the health page: {failure.Message})");
        }
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, string path, TextWriter output)
    {
        if (!services.GetRequiredService<DatabaseLocation>().IsSqlite)
        {
            output.WriteLine(ForSqliteOnly);
            return HostCommand.Failed;
        }

        var database = DatabaseFile(services);
        var source = Path.GetFullPath(path);
        if (await ProblemWithBackupAsync(source) is { } problem)
        {
            output.WriteLine(problem);
            return HostCommand.Failed;
        }

        using var alone = DatabaseLock.TryHoldAlone(database);
        if (alone is null)
        {
            output.WriteLine($"The site is running on {database}. Stop it first (for example: systemctl stop mutualaid), then restore.");
            return HostCommand.Failed;
        }

        if (File.Exists(database))
        {
            var kept = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
            await using (var current = Open(database, SqliteOpenMode.ReadOnly))
            {
                await VacuumIntoAsync(current, kept);
            }

            output.WriteLine($"The database as it was is kept at {kept}.");
        }

        await using (var from = Open(source, SqliteOpenMode.ReadOnly))
        await using (var into = Open(database, SqliteOpenMode.ReadWriteCreate))
        {
            from.BackupDatabase(into);
        }

        output.WriteLine($"Restored {source} into {database}. Start the site again; it brings an older backup up to date by itself.");
        return HostCommand.Done;
    }

    private static async Task<string?> ProblemWithBackupAsync(string source)
    {
        if (!File.Exists(source))
        {
            return $"There is no file at {source}.";
        }

        try
        {
            await using var connection = Open(source, SqliteOpenMode.ReadOnly);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            if (await check.ExecuteScalarAsync() is not "ok")
            {
                return $"{source} is damaged (SQLite's quick_check failed); it was not restored.";
            }

            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory';";
            return Convert.ToInt64(await check.ExecuteScalarAsync()) == 1 ? null : $"{source} is not a MutualAid database; it was not restored.";
        }
        catch (SqliteException failure)
        {
            return $"{source} is not a SQLite database ({failure.Message}); it was not restored.";
        }
    }

    private static async Task VacuumIntoAsync(SqliteConnection connection, string target)
    {
        await using var vacuum = connection.CreateCommand();
        vacuum.CommandText = "VACUUM INTO $target;";
        vacuum.Parameters.AddWithValue("$target", target);
        await vacuum.ExecuteNonQueryAsync();
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string DatabaseFile(IServiceProvider services) =>
        services.GetRequiredService<DatabaseLocation>().SqliteFile
            ?? throw new InvalidOperationException("The database is in memory; there is nothing to back up or restore.");
}
