using MutualAid.Web.Series;

namespace MutualAid.Web.Tests.Series;

public class RepeatRuleTests
{
    private static readonly DateOnly December1 = new(2026, 12, 1);

    [Fact]
    public void Every_Tuesday_falls_on_each_Tuesday_from_the_first_one()
    {
        var dates = new RepeatRule(RepeatEvery.Week, DayOfWeek.Tuesday).DatesBetween(new(2026, 12, 2), new(2026, 12, 23)).ToList();

        Assert.Equal([new(2026, 12, 8), new(2026, 12, 15), new(2026, 12, 22)], dates);
    }

    [Fact]
    public void A_weekly_rule_includes_the_first_day_when_it_is_that_day()
    {
        Assert.Equal(December1, new RepeatRule(RepeatEvery.Week, DayOfWeek.Tuesday).DatesBetween(December1, December1).Single());
    }

    [Fact]
    public void The_first_Monday_of_each_month()
    {
        var dates = new RepeatRule(RepeatEvery.Month, DayOfWeek.Monday, 1).DatesBetween(December1, new(2027, 3, 31)).ToList();

        Assert.Equal([new(2026, 12, 7), new(2027, 1, 4), new(2027, 2, 1), new(2027, 3, 1)], dates);
    }

    [Fact]
    public void The_last_Friday_of_each_month_even_in_a_month_with_five()
    {
        var dates = new RepeatRule(RepeatEvery.Month, DayOfWeek.Friday, RepeatRule.LastWeek).DatesBetween(December1, new(2027, 1, 31)).ToList();

        Assert.Equal([new(2026, 12, 25), new(2027, 1, 29)], dates);
    }

    [Fact]
    public void A_monthly_date_before_the_start_is_left_out()
    {
        var dates = new RepeatRule(RepeatEvery.Month, DayOfWeek.Monday, 1).DatesBetween(new(2026, 12, 8), new(2027, 1, 10)).ToList();

        Assert.Equal([new(2027, 1, 4)], dates);
    }

    [Theory]
    [InlineData(RepeatEvery.Month, 0)]
    [InlineData(RepeatEvery.Month, 6)]
    [InlineData((RepeatEvery)7, 1)]
    public void A_rule_that_cannot_be_gives_no_dates(RepeatEvery every, int week)
    {
        var rule = new RepeatRule(every, DayOfWeek.Monday, week);

        Assert.False(rule.IsValid);
        Assert.Empty(rule.DatesBetween(December1, December1.AddMonths(3)));
    }

    [Fact]
    public void A_day_that_is_no_day_of_the_week_gives_no_dates() =>
        Assert.Empty(new RepeatRule(RepeatEvery.Week, (DayOfWeek)9).DatesBetween(December1, December1.AddMonths(1)));
}
