using Microsoft.Data.Sqlite;
using Npgsql;

namespace MutualAid.Web.Hosting.Commands;

// Writes the model's tables into PostgreSQL with binary COPY, inside the caller's transaction, then
// sets every identity to continue after the highest id copied.
public static class PostgresCopy
{
    public static async Task<IReadOnlyList<string>> TablesWithRowsAsync(NpgsqlConnection into, IReadOnlyList<ModelTable> tables)
    {
        var held = new List<string>();
        foreach (var table in tables)
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table.Quoted});", into);
            if (await any.ExecuteScalarAsync() is true)
            {
                held.Add(table.Name);
            }
        }

        return held;
    }

    public static async Task<ulong> CopyTableAsync(SqliteConnection from, NpgsqlConnection into, ModelTable table)
    {
        await using var read = from.CreateCommand();
        read.CommandText = $"SELECT {table.ColumnList} FROM {table.Quoted};";
        await using var rows = await read.ExecuteReaderAsync();
        await using var write = await into.BeginBinaryImportAsync($"COPY {table.Quoted} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        var columns = table.Columns;
        while (await rows.ReadAsync())
        {
            await write.StartRowAsync();
            for (var ordinal = 0; ordinal < columns.Count; ordinal++)
            {
                var column = columns[ordinal];
                if (column.Read(rows, ordinal) is { } value)
                {
                    await write.WriteAsync(column.ToTarget(value), column.TargetType);
                }
                else
                {
                    await write.WriteNullAsync();
                }
            }
        }

        return await write.CompleteAsync();
    }

    // Rows came with their ids, which an identity column does not notice: without this, the next
    // post would be given id 1 and collide.
    public static async Task<int> ContinueIdentitiesAsync(NpgsqlConnection into)
    {
        var identities = new List<(string Table, string Column, string Sequence)>();
        await using (var find = new NpgsqlCommand(
            """
            SELECT table_name, column_name, pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name)
            FROM information_schema.columns
            WHERE table_schema = current_schema()
              AND pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) IS NOT NULL;
            """, into))
        await using (var found = await find.ExecuteReaderAsync())
        {
            while (await found.ReadAsync())
            {
                identities.Add((found.GetString(0), found.GetString(1), found.GetString(2)));
            }
        }

        foreach (var (table, column, sequence) in identities)
        {
            await using var set = new NpgsqlCommand(
                $"SELECT setval($1::regclass, COALESCE((SELECT max({ModelTables.Quote(column)}) FROM {ModelTables.Quote(table)}), 0) + 1, false);", into);
            set.Parameters.Add(new NpgsqlParameter { Value = sequence });
            await set.ExecuteScalarAsync();
        }

        return identities.Count;
    }
}
