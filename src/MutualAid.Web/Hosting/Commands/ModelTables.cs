using System.Data.Common;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MutualAid.Web.Hosting.Commands;

// The tables of the model as each provider lays them out, in an order where every foreign key
// finds its row: read from the model, so a table added later is moved too (Identity's and the
// data-protection keys' included, owned types' tables as well). SQLite's FTS5 table is not in the
// model: PostgreSQL keeps word search in an index of its own, filled as the posts arrive.
public static partial class ModelTables
{
    public static IReadOnlyList<ModelTable> InOrder(IRelationalModel from, IRelationalModel into)
    {
        var sources = from.Tables.Where(t => !t.IsExcludedFromMigrations).ToDictionary(t => t.Name);
        var remaining = into.Tables.Where(t => !t.IsExcludedFromMigrations).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var placed = new HashSet<string>();
        var ordered = new List<ModelTable>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(t => t.ForeignKeyConstraints.All(k => k.PrincipalTable == t || placed.Contains(k.PrincipalTable.Name)))
                ?? throw new InvalidOperationException($"The foreign keys of {string.Join(", ", remaining.Select(t => t.Name))} go round in a circle; they cannot be copied one table after another.");
            remaining.Remove(next);
            placed.Add(next.Name);
            var source = sources.GetValueOrDefault(next.Name)
                ?? throw new InvalidOperationException($"SQLite's model has no table {next.Name}.");
            ordered.Add(new ModelTable(next.Name, [.. next.Columns.Where(c => c.ComputedColumnSql is null).Select(c => Pair(source, c))]));
        }

        return ordered;
    }

    // A value is read as SQLite's mapping reads it, turned into the model's value by SQLite's
    // converter, then into PostgreSQL's by PostgreSQL's: so a date stays the same UTC instant, a list
    // kept as JSON text becomes an array, an enum keeps its number.
    private static ModelColumn Pair(ITable source, IColumn into)
    {
        var from = source.FindColumn(into.Name)
            ?? throw new InvalidOperationException($"SQLite's table {source.Name} has no column {into.Name}.");
        var read = Reader(from.PropertyMappings[0].TypeMapping);
        var toModel = from.PropertyMappings[0].TypeMapping.Converter;
        var toTarget = into.PropertyMappings[0].TypeMapping.Converter;
        return new ModelColumn(into.Name,
            (reader, ordinal) => reader.IsDBNull(ordinal) ? null : toModel is null ? read(reader, ordinal) : toModel.ConvertFromProvider(read(reader, ordinal)),
            value => toTarget is null ? value : toTarget.ConvertToProvider(value)!,
            Facets().Replace(into.StoreType, ""));
    }

    private static Func<DbDataReader, int, object> Reader(RelationalTypeMapping mapping)
    {
        var method = mapping.GetDataReaderMethod();
        var reader = Expression.Parameter(typeof(DbDataReader));
        var ordinal = Expression.Parameter(typeof(int));
        var on = method.DeclaringType == typeof(DbDataReader) ? (Expression)reader : Expression.Convert(reader, method.DeclaringType!);
        var call = Expression.Convert(Expression.Call(on, method, ordinal), typeof(object));
        return Expression.Lambda<Func<DbDataReader, int, object>>(call, reader, ordinal).Compile();
    }

    // "character varying(200)" is written as "character varying": COPY's binary rows carry no length.
    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();

    public static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

public sealed record ModelColumn(string Name, Func<DbDataReader, int, object?> Read, Func<object, object> ToTarget, string TargetType);

public sealed record ModelTable(string Name, IReadOnlyList<ModelColumn> Columns)
{
    public string Quoted => ModelTables.Quote(Name);

    public string ColumnList => string.Join(", ", Columns.Select(c => ModelTables.Quote(c.Name)));
}
