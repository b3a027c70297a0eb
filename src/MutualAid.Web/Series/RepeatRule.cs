namespace MutualAid.Web.Series;

public enum RepeatEvery
{
    Week,
    Month,
}

// "Every Tuesday", or "the first Monday of every month" (WeekOfMonth 1 to 4, or Last). Dates are
// the neighborhood's local dates: the rule never sees a time of day, so a clock change cannot move one.
public sealed record RepeatRule(RepeatEvery Every, DayOfWeek Day, int WeekOfMonth = 1)
{
    public const int LastWeek = 5;

    public bool IsValid => Enum.IsDefined(Every) && Enum.IsDefined(Day) && (Every == RepeatEvery.Week || WeekOfMonth is >= 1 and <= LastWeek);

    // Every date the rule falls on from `from` to `to`, both included, in order.
    public IEnumerable<DateOnly> DatesBetween(DateOnly from, DateOnly to)
    {
        if (!IsValid || to < from)
        {
            yield break;
        }

        if (Every == RepeatEvery.Week)
        {
            for (var day = from.AddDays(((int)Day - (int)from.DayOfWeek + 7) % 7); day <= to; day = day.AddDays(7))
            {
                yield return day;
            }

            yield break;
        }

        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var day = InMonth(month);
            if (day >= from && day <= to)
            {
                yield return day;
            }
        }
    }

    private DateOnly InMonth(DateOnly firstOfMonth)
    {
        if (WeekOfMonth == LastWeek)
        {
            var last = firstOfMonth.AddMonths(1).AddDays(-1);
            return last.AddDays(-(((int)last.DayOfWeek - (int)Day + 7) % 7));
        }

        var first = firstOfMonth.AddDays(((int)Day - (int)firstOfMonth.DayOfWeek + 7) % 7);
        return first.AddDays(7 * (WeekOfMonth - 1));
    }
}
