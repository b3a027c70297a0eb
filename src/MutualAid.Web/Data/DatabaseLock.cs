using Microsoft.Data.Sqlite;

namespace MutualAid.Web.Data;

// A running app holds a shared lock on a file beside its database for as long as it runs, and
// `restore` asks for it exclusively: a database is never replaced under an app that has it open.
// Locks are the operating system's (flock), so they go with the process, even one that crashed.
public sealed class DatabaseLock : IDisposable
{
    private readonly FileStream file;

    private DatabaseLock(FileStream file) => this.file = file;

    // The database's file, or null for an in-memory database.
    public static string? FileOf(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = string.IsNullOrEmpty(csb.DataSource) || csb.DataSource == ":memory:" || csb.Mode == SqliteOpenMode.Memory;
        return inMemory ? null : Path.GetFullPath(csb.DataSource);
    }

    public static DatabaseLock HoldWhileRunning(string databaseFile) =>
        new(new FileStream(LockPath(databaseFile), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite));

    // Null while an app holds the lock.
    public static DatabaseLock? TryHoldAlone(string databaseFile)
    {
        try
        {
            return new(new FileStream(LockPath(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();

    private static string LockPath(string databaseFile) => databaseFile + ".lock";
}
