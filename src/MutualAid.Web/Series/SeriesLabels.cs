using System.Globalization;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Series;

// "Repeats every Tuesday until 30 March 2027", in the current language: the day's name from the
// culture, the dates as every page shows them (local dates, so no time zone moves them).
public sealed class SeriesLabels(IStringLocalizer<SeriesLabels> text, Labels labels)
{
    public string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    public string Week(int weekOfMonth) => weekOfMonth switch
    {
        1 => text["first"],
        2 => text["second"],
        3 => text["third"],
        4 => text["fourth"],
        _ => text["last"],
    };

    public string Rule(RepeatRule rule) => rule.Every == RepeatEvery.Week
        ? text["every {0}", DayName(rule.Day)]
        : text["on the {0} {1} of every month", Week(rule.WeekOfMonth), DayName(rule.Day)];

    public string Repeats(RepeatRule rule, DateOnly endsOn) => text["Repeats {0} until {1}", Rule(rule), labels.Date(endsOn)];
}
