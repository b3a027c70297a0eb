namespace MutualAid.Web.Pages.Moderation;

// One series of a chart: Key names its colour (series-{Key}) and marks its bars and table cells.
public sealed record ChartSeries(string Key, string Name);

public sealed record ChartRow(string Label, IReadOnlyList<int> Values)
{
    public int Total => Values.Sum();
}

// A chart of stacked horizontal bars drawn as inline SVG on the server, with the same numbers as
// a table for screen readers. Scale is the length of a full bar: the largest row unless given.
public sealed record BarChart(string Id, string Title, string RowHeader, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartRow> Rows,
    int? FixedScale = null)
{
    public int Scale => FixedScale ?? Math.Max(1, Rows.Count == 0 ? 1 : Rows.Max(r => r.Total));

    // Where each bar of a row starts: after the ones before it.
    public static IEnumerable<(ChartSeries Series, int Value, int Start)> Segments(BarChart chart, ChartRow row)
    {
        var start = 0;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            yield return (chart.Series[i], row.Values[i], start);
            start += row.Values[i];
        }
    }
}
