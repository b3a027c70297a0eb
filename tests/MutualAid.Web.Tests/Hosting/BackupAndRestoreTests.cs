using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Hosting.Commands;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

public class BackupAndRestoreTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("mutualaid-backup-").FullName;

    [SqliteOnlyFact]
    public async Task A_backup_taken_while_the_site_runs_holds_its_posts_and_never_overwrites_a_file()
    {
        await using var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", TestData.AnaHome);
        await app.AddPostAsync(ana.Id, PostKind.Need, "Soup for two nights", TestData.AnaHome);
        var backup = Path.Combine(folder, "monday.db");

        var (exitCode, output) = await HostCommands.RunAsync(HostCommands.On(app, "Production", "backup", backup));

        Assert.Equal(0, exitCode);
        Assert.Contains($"Backed up {app.DatabasePath} to {backup}", output, StringComparison.Ordinal);
        Assert.Equal(["Soup for two nights"], await TitlesInAsync(backup));

        var again = await HostCommands.RunAsync(HostCommands.On(app, "Production", "backup", backup));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Output, StringComparison.Ordinal);
    }

    [SqliteOnlyFact]
    public async Task Restore_refuses_while_the_site_runs_on_the_database_and_works_once_it_stopped()
    {
        var database = Path.Combine(folder, "site.db");
        var onSite = new Dictionary<string, string?> { ["ConnectionStrings:MutualAid"] = $"Data Source={database};Pooling=False" };
        var app = new MutualAidApp(settings: onSite);
        string[] Command(string verb, string path) =>
            [.. HostCommands.On(app, "Production", verb, path), "--ConnectionStrings:MutualAid", onSite["ConnectionStrings:MutualAid"]!];
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", TestData.AnaHome);
        await app.AddPostAsync(ana.Id, PostKind.Need, "Before the backup", TestData.AnaHome);
        var backup = Path.Combine(folder, "before.db");
        Assert.Equal(0, (await HostCommands.RunAsync(Command("backup", backup))).ExitCode);
        await app.AddPostAsync(ana.Id, PostKind.Offer, "After the backup", TestData.AnaHome);

        var refused = await HostCommands.RunAsync(Command("restore", backup));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"The site is running on {database}. Stop it first", refused.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await TitlesInAsync(database)).Count);

        await app.DisposeAsync();
        var restored = await HostCommands.RunAsync(Command("restore", backup));

        Assert.Equal(0, restored.ExitCode);
        Assert.Equal(["Before the backup"], await TitlesInAsync(database));
        var kept = Directory.GetFiles(folder, "site.db.before-restore-*").Single();
        Assert.Contains(kept, restored.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await TitlesInAsync(kept)).Count);
    }

    [SqliteOnlyFact]
    public async Task Restore_refuses_a_missing_file_a_file_that_is_not_a_database_and_a_database_of_something_else()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var notes = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(notes, "shopping list: rice, beans, milk, and more words to fill a page", TestContext.Current.CancellationToken);
        var other = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE songs (title TEXT);";
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var missing = await HostCommands.RunAsync(HostCommands.On(app, "Production", "restore", Path.Combine(folder, "nowhere.db")));
        var garbage = await HostCommands.RunAsync(HostCommands.On(app, "Production", "restore", notes));
        var foreign = await HostCommands.RunAsync(HostCommands.On(app, "Production", "restore", other));

        Assert.Contains("There is no file at", missing.Output, StringComparison.Ordinal);
        Assert.Contains("is not a SQLite database", garbage.Output, StringComparison.Ordinal);
        Assert.Contains("is not a MutualAid database", foreign.Output, StringComparison.Ordinal);
        Assert.All([missing, garbage, foreign], run => Assert.Equal(1, run.ExitCode));
        Assert.Equal(1, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users)));
    }

    [Fact]
    public async Task Without_an_operand_a_command_says_how_to_use_it_and_an_unknown_word_lists_the_commands()
    {
        var (exitCode, output) = await HostCommands.RunAsync("backup");
        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: MutualAid.Web backup PATH", output, StringComparison.Ordinal);

        var unknown = await HostCommands.RunAsync("bakcup", "/tmp/x.db");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("\"bakcup\" is not a command.", unknown.Output, StringComparison.Ordinal);
        Assert.Contains("make-steward EMAIL", unknown.Output, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TitlesInAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT Title FROM Posts ORDER BY Id;";
        var titles = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            titles.Add(reader.GetString(0));
        }

        return titles;
    }

    // Backups of a PostgreSQL database are pg_dump's work; the commands say so and touch nothing.
    [Fact]
    public async Task On_postgresql_backup_and_restore_send_the_host_to_pg_dump_and_write_nothing()
    {
        await using var services = new ServiceCollection()
            .AddSingleton(new DatabaseLocation("Host=127.0.0.1;Database=none", DatabaseProvider.Postgres)).BuildServiceProvider();
        var path = Path.Combine(Path.GetTempPath(), "mutualaid-tests", $"never-{Guid.NewGuid():N}.db");

        foreach (var command in new Func<IServiceProvider, string, TextWriter, Task<int>>[] { DatabaseBackup.BackupAsync, DatabaseBackup.RestoreAsync })
        {
            var output = new StringWriter();
            Assert.Equal(HostCommand.Failed, await command(services, path, output));
            Assert.Contains("pg_dump", output.ToString(), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(path));
    }
}
