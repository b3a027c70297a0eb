using Microsoft.Data.Sqlite;

namespace MutualAid.Benchmarks;

public static partial class BenchmarkDatabase
{
    // The app never runs ANALYZE, so a neighborhood's file has no statistics unless its host runs
    // it: a copy of the database without sqlite_stat1, kept beside it.
    public static string WithoutStatistics(int postCount)
    {
        var source = EnsureCreated(postCount);
        var path = Path.Combine(Folder, $"posts-{postCount}-nostats.db");
        if (!File.Exists(path))
        {
            var building = $"{path}.{Environment.ProcessId}.building";
            File.Delete(building);
            // VACUUM INTO copies what the write-ahead log holds too, unlike a file copy.
            Execute(source, $"VACUUM INTO '{building}'");
            Execute(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString(), "DROP TABLE sqlite_stat1");
            File.Move(building, path);
        }

        return new SqliteConnectionStringBuilder { DataSource = path }.ToString();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, sql);
    }
}
