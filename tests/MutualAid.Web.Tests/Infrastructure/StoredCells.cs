using System.Collections;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MutualAid.Web.Tests.Infrastructure;

public sealed record StoredCell(string Table, string Column, int Row, object Value);

// Every value of every table of an app's database, read straight from it as someone holding a copy
// would: a SQLite file, or each table of the PostgreSQL database. A list (PostgreSQL's arrays) is
// one cell; bytes are read as UTF-8 text.
public static class StoredCells
{
    public static async Task<List<StoredCell>> AllAsync(MutualAidApp app)
    {
        await using DbConnection connection = TestDatabase.IsPostgres
            ? new NpgsqlConnection(app.ConnectionString)
            : new SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = await StringsAsync(connection, TestDatabase.IsPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");
        var cells = new List<StoredCell>();
        foreach (var table in tables)
        {
            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await read.ExecuteReaderAsync();
            for (var row = 1; await rows.ReadAsync(); row++)
            {
                for (var column = 0; column < rows.FieldCount; column++)
                {
                    if (!await rows.IsDBNullAsync(column))
                    {
                        cells.Add(new StoredCell(table, rows.GetName(column), row, Readable(rows.GetValue(column))));
                    }
                }
            }
        }

        return cells;
    }

    public static IEnumerable<string> Texts(this IEnumerable<StoredCell> cells) => cells.Select(c => c.Value).OfType<string>();

    private static object Readable(object value) => value switch
    {
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        string text => text,
        IEnumerable list => string.Join(",", list.Cast<object>()),
        _ => value,
    };

    private static async Task<List<string>> StringsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
