namespace MutualAid.Web.Tests.Infrastructure;

// A pair made in memory from the columns a query read. PostgreSQL's provider turns
// ValueTuple.Create in a query into a row value, which it cannot read back as a tuple.
public static class Read
{
    public static (TFirst, TSecond) Pair<TFirst, TSecond>(TFirst first, TSecond second) => (first, second);
}
