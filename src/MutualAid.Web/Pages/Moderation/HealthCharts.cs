using System.Globalization;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Health;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Pages.Moderation;

// The fulfilment numbers as charts, with every name in the reader's language.
public static class HealthCharts
{
    public static IReadOnlyList<BarChart> From(FulfilmentNumbers numbers, NameList categories, NameList neighborhoods, IStringLocalizer text)
    {
        var unmetSeries = new ChartSeries[] { new("open", text["Open, nobody accepted yet"]), new("expired", text["Expired with nobody accepted"]) };
        return
        [
            new BarChart("weeks", text["Posts each week"], text["Week from"],
                [new("need", text["Needs"]), new("offer", text["Offers"])],
                [.. numbers.Weeks.Select(w => new ChartRow(w.Monday.ToString("d MMM", CultureInfo.CurrentCulture), [w.Needs, w.Offers]))]),
            new BarChart("shares", text["Share of needs answered and met (%)"], text["Needs"],
                [new("share", text["Share (%)"])],
                [
                    new ChartRow(text["Answered"], [Percent(numbers.NeedsAnswered, numbers.NeedsPosted)]),
                    new ChartRow(text["Fulfilled"], [Percent(numbers.NeedsFulfilled, numbers.NeedsPosted)]),
                ],
                FixedScale: 100),
            new BarChart("unmet-categories", text["Unmet needs by category"], text["Category"], unmetSeries,
                [.. numbers.UnmetByCategory.Select(u => new ChartRow(categories[u.Id ?? 0].Shown, [u.Open, u.Expired]))]),
            new BarChart("unmet-neighborhoods", text["Unmet needs by neighborhood"], text["Neighborhood"], unmetSeries,
                [.. numbers.UnmetByNeighborhood.Select(u => new ChartRow(
                    u.Id is { } id ? neighborhoods[id].Shown : text["In no neighborhood"], [u.Open, u.Expired]))]),
        ];
    }

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    public static string Duration(TimeSpan? duration, IStringLocalizer text) => duration switch
    {
        null => text["none yet"],
        { TotalHours: < 1 } d => text["{0} minutes", Math.Round(d.TotalMinutes).ToString("0", CultureInfo.CurrentCulture)],
        { TotalHours: < 48 } d => text["{0} hours", d.TotalHours.ToString("0.#", CultureInfo.CurrentCulture)],
        { } d => text["{0} days", d.TotalDays.ToString("0.#", CultureInfo.CurrentCulture)],
    };
}
