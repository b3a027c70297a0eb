using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Series;

// The test clock starts on Friday 27 November 2026 at 09:00 UTC.
public class SeriesDatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public async Task A_weekly_need_is_posted_for_each_date_two_weeks_ahead_and_the_job_makes_each_once()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        var page = await app.SubmitRepeatingAsync(ana, "Groceries", SeriesPosting.Weekly("Tuesday", Today.AddMonths(2)));

        var dates = await app.DatesAsync();
        Assert.Equal([new(2026, 12, 1), new(2026, 12, 8)], dates.Select(p => p.OccursOn!.Value));
        Assert.Equal(dates[0].Id, page.PostId());
        Assert.Contains("Repeats every Tuesday until 27 January 2027", page.Text, StringComparison.Ordinal);
        Assert.All(dates, p => Assert.Equal(PostStatus.Open, p.Status));
        Assert.Equal(new DateOnly(2026, 12, 8), dates[1].NeededBy);

        Assert.Equal(0, await app.RunSeriesJobAsync());
        Assert.Equal(0, await app.RunSeriesJobAsync());
        Assert.Equal(2, (await app.DatesAsync()).Count);

        app.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await app.RunSeriesJobAsync());
        Assert.Equal(1, (await app.DatesAsync()).Count(p => p.OccursOn == new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public async Task The_first_Monday_of_the_month_is_posted_at_once_even_when_more_than_two_weeks_away()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        await app.SubmitRepeatingAsync(ana, "Rides", new()
        {
            ["Repeats"] = "Monthly",
            ["Day"] = "Monday",
            ["WeekOfMonth"] = "1",
            ["Until"] = "2027-03-31",
        });
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.RunSeriesJobAsync();

        Assert.Equal([new DateOnly(2026, 12, 7)], (await app.DatesAsync()).Select(p => p.OccursOn!.Value));
        Assert.Contains("Repeats on the first Monday of every month until 31 March 2027",
            (await ana.GetPageAsync($"/Posts/{(await app.DatesAsync())[0].Id}")).Text, StringComparison.Ordinal);
    }

    // Madrid moves its clocks forward at 02:00 on Sunday 28 March 2027. At 23:30 UTC on the 27th it
    // is already the 28th there; the 28th's post closes at its local midnight, 22:00 UTC.
    [Fact]
    public async Task Dates_are_the_neighborhoods_dates_across_a_clock_change()
    {
        await using var app = new MutualAidApp(settings: new() { ["App:TimeZone"] = "Europe/Madrid" });
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 27, 23, 30, 0, TimeSpan.Zero));
        var ana = await app.SignedInAsync(Person.Ana);

        await app.SubmitRepeatingAsync(ana, "Sunday lunch", SeriesPosting.Weekly("Sunday", new(2027, 4, 30)));

        var dates = await app.DatesAsync();
        Assert.Equal([new(2027, 3, 28), new(2027, 4, 4), new(2027, 4, 11)], dates.Select(p => p.OccursOn!.Value));
        Assert.Equal(new DateTime(2027, 3, 28, 22, 0, 0), dates[0].ExpiresAt);
        Assert.Equal(new DateTime(2027, 4, 4, 22, 0, 0), dates[1].ExpiresAt);
    }

    [Theory]
    [InlineData("Weekly", "Tuesday", "", "2026-11-20", "Until", "Choose an end date from today to six months from now.")]
    [InlineData("Weekly", "Tuesday", "", "2027-06-30", "Until", "Choose an end date from today to six months from now.")]
    [InlineData("Weekly", "Tuesday", "", "", "Until", "Choose the last date it repeats.")]
    [InlineData("Weekly", "Funday", "", "2026-12-31", "Day", "")]
    [InlineData("Weekly", "9", "", "2026-12-31", "Day", "not one of the choices")]
    [InlineData("Monthly", "Monday", "7", "2026-12-31", "WeekOfMonth", "Choose which week of the month.")]
    [InlineData("Weekly", "Tuesday", "", "2026-11-28", "Until", "No such day falls between today and this date. Choose a later date.")]
    [InlineData("Fortnightly", "Tuesday", "", "2026-12-31", "Repeats", "")]
    public async Task Bad_repeat_input_is_explained_at_its_field_and_nothing_is_posted(string repeats, string day, string week, string until,
        string field, string message)
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        var page = await app.SubmitRepeatingAsync(ana, "Groceries", new() { ["Repeats"] = repeats, ["Day"] = day, ["WeekOfMonth"] = week, ["Until"] = until });

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Response.StatusCode);
        var error = page.Document.QuerySelector($"[data-valmsg-for='Input.Repeat.{field}']")?.TextContent ?? "";
        Assert.NotEqual("", error.Trim());
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("Groceries", page.Document.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("details#repeat[open]"));
        Assert.Empty(await app.DatesAsync());
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.PostSeries.Count())));
    }
}
