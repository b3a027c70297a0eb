using System.Runtime.CompilerServices;
using Npgsql;

namespace MutualAid.Web.Tests.Infrastructure;

// Which database the suite runs on: a SQLite file per test by default, or, when scripts/postgres.sh
// sets MUTUALAID_TEST_POSTGRES to a server's connection string, a PostgreSQL database per test.
public static class TestDatabase
{
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("MUTUALAID_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static string PostgresDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ToString();

    // Run on the server's own maintenance database: CREATE and DROP DATABASE cannot run inside one.
    public static void OnServer(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // A database that apps started one after another share, as a site does across a restart: a
    // SQLite file the first app migrates, or a PostgreSQL database copied from the template (left
    // for the end of the run).
    public static string SharedAcrossRestarts()
    {
        var name = $"shared_{Guid.NewGuid():N}";
        if (!IsPostgres)
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), "mutualaid-tests", name + ".db")};Pooling=False";
        }

        MigratedDatabase.CopyPostgres(name);
        return PostgresDatabase(name);
    }

    public static void DropPostgresDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(PostgresDatabase(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        OnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");
    }
}

// A test about SQLite itself (its file, its pragmas, its query plans) runs on SQLite only.
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "About SQLite only.";
        }
    }
}

public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "About SQLite only.";
        }
    }
}

// A test that needs a PostgreSQL server (several instances on one database, moving a site to it)
// runs in the suite's run under scripts/postgres.sh.
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "Needs a PostgreSQL server: runs under scripts/postgres.sh.";
        }
    }
}
