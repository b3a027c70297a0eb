using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MutualAid.Web.Tests.Infrastructure;

// SQLite's plan for every query the app sends, asked on the same connection with the same
// parameters just before the query runs: what the database will really do, not what it might.
// On PostgreSQL it records nothing: its planner chooses by table statistics, which a test's handful
// of rows does not resemble, so the plans checked are SQLite's (the embedded default).
public sealed class QueryPlanLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, string Plan)> plans = new();

    public IReadOnlyList<(string Sql, string Plan)> Plans => [.. plans];

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!TestDatabase.IsPostgres && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            plans.Enqueue((command.CommandText, await PlanAsync(command, cancellationToken)));
        }

        return result;
    }

    private static async Task<string> PlanAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join("\n", lines);
    }
}
