using Microsoft.Data.Sqlite;

namespace MutualAid.BrowserTests.Infrastructure;

// Applying every migration to an empty database took about a third of an app's start. The first
// app of a run migrates its empty database as usual; a copy taken as soon as it answers, before
// any test has touched it, starts every later app. That app's start then finds each migration
// applied and the categories and roles there, as on any existing site, and goes on as usual.
public static class MigratedTemplate
{
    private static readonly Lock Gate = new();
    private static readonly string Folder = Directory.CreateTempSubdirectory("mutualaid-template-").FullName;
    private static readonly string TemplatePath = Path.Combine(Folder, "app.db");
    private static bool kept;

    // Before an app starts: its database, if there is a template yet; else it migrates its own.
    public static bool TryCopyTo(string databasePath)
    {
        lock (Gate)
        {
            if (kept)
            {
                File.Copy(TemplatePath, databasePath);
            }

            return kept;
        }
    }

    // Once an app that migrated its own database answers: the copy for later apps. SQLite's own
    // backup reads a consistent state of a database in use. The background jobs' record of their
    // runs and the keys for cookies belong to that app, not to the schema, and are left out.
    public static void KeepFrom(string databasePath)
    {
        lock (Gate)
        {
            if (kept)
            {
                return;
            }

            using (var source = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False"))
            using (var copy = new SqliteConnection($"Data Source={TemplatePath};Pooling=False"))
            {
                source.Open();
                copy.Open();
                source.BackupDatabase(copy);
                using var forget = copy.CreateCommand();
                forget.CommandText = "DELETE FROM JobRuns; DELETE FROM DataProtectionKeys;";
                forget.ExecuteNonQuery();
            }

            kept = true;
        }
    }

    public static void Delete()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning.
        }
    }
}
