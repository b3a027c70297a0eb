using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Series;

// Ana needs groceries every Tuesday; Ben offers to take every date. The clock starts on Friday 27 November 2026.
public class SeriesAnswerTests
{
    private static readonly DateOnly Until = new(2027, 1, 27);

    private static async Task<(HttpClient Ana, HttpClient Ben, int FirstId, int AnswerId)> BenOffersEveryTimeAsync(MutualAidApp app)
    {
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var firstId = (await app.SubmitRepeatingAsync(ana, "Groceries", SeriesPosting.Weekly("Tuesday", Until))).PostId();
        var page = await ben.GetPageAsync($"/Posts/{firstId}");
        await ben.SubmitForPageAsync(page, "form[action*='handler=Answer']", new() { ["Message"] = "Every Tuesday works", ["EveryTime"] = "true" });
        return (ana, ben, firstId, await app.AnswerIdAsync("Every Tuesday works"));
    }

    [Fact]
    public async Task The_author_accepts_an_every_time_answer_for_the_series_and_later_dates_come_already_taken()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, firstId, answerId) = await BenOffersEveryTimeAsync(app);
        var bensId = (await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "ben@example.org")))).Id;

        var accepted = await ana.PressAsync(firstId, "AcceptSeries", answerId);

        Assert.Contains("Accepted for every date", accepted.Notice(), StringComparison.Ordinal);
        Assert.Equal(bensId, (await app.TheSeriesAsync()).TakenById);
        Assert.All(await app.DatesAsync(), p => Assert.Equal(PostStatus.InProgress, p.Status));
        app.Clock.Advance(TimeSpan.FromDays(7));
        await app.DeliverEmailAsync();
        var third = (await app.DatesAsync()).Single(p => p.OccursOn == new DateOnly(2026, 12, 15));
        Assert.Equal(PostStatus.InProgress, third.Status);
        Assert.Contains("You take every date of this series", (await ben.GetPageAsync($"/Posts/{third.Id}")).Text, StringComparison.Ordinal);
        Assert.Single(app.Mail.To("ben@example.org"), m => m.Subject == "Ana accepted you for every date of “Groceries”");
        Assert.Single(app.Mail.To("ben@example.org"), m => m.Subject == "You are in touch with Ana");
    }

    [Fact]
    public async Task Stepping_back_withdraws_the_answers_on_today_and_later_and_later_dates_take_answers_again()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, firstId, answerId) = await BenOffersEveryTimeAsync(app);
        await ana.PressAsync(firstId, "AcceptSeries", answerId);

        var back = await ben.PressAsync(firstId, "StepBackSeries");

        Assert.Contains("You no longer take every date", back.Notice(), StringComparison.Ordinal);
        Assert.Null((await app.TheSeriesAsync()).TakenById);
        Assert.All(await app.DatesAsync(), p => Assert.Equal(PostStatus.Open, p.Status));
        app.Clock.Advance(TimeSpan.FromDays(7));
        await app.RunSeriesJobAsync();
        Assert.Equal(PostStatus.Open, (await app.DatesAsync()).Single(p => p.OccursOn == new DateOnly(2026, 12, 15)).Status);
    }

    [Fact]
    public async Task Withdrawing_the_series_withdraws_today_and_later_and_leaves_past_dates_as_they_were()
    {
        await using var app = new MutualAidApp();
        var (ana, _, firstId, answerId) = await BenOffersEveryTimeAsync(app);
        await ana.PressAsync(firstId, "Accept", answerId);
        // Tuesday 1 December is done; a week on, on the 8th, Ana withdraws the series.
        await ana.PressAsync(firstId, "Fulfil");
        app.Clock.Advance(TimeSpan.FromDays(11));
        await app.RunSeriesJobAsync();
        var eighth = (await app.DatesAsync()).Single(p => p.OccursOn == new DateOnly(2026, 12, 8));

        var withdrawn = await ana.PressAsync(eighth.Id, "WithdrawSeries");

        Assert.Contains("The series is withdrawn", withdrawn.Notice(), StringComparison.Ordinal);
        var dates = await app.DatesAsync();
        Assert.Equal(PostStatus.Fulfilled, dates.Single(p => p.OccursOn == new DateOnly(2026, 12, 1)).Status);
        Assert.All(dates.Where(p => p.OccursOn >= new DateOnly(2026, 12, 8)), p => Assert.Equal(PostStatus.Withdrawn, p.Status));
        app.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await app.RunSeriesJobAsync());
    }

    [Fact]
    public async Task A_stranger_cannot_accept_withdraw_or_step_back_from_someone_elses_series_by_sending_its_ids()
    {
        await using var app = new MutualAidApp();
        var (ana, _, firstId, answerId) = await BenOffersEveryTimeAsync(app);
        var cai = await app.SignedInAsync(Person.Cai);
        var caisPage = await cai.GetPageAsync($"/Posts/{firstId}");

        var tries = new[]
        {
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{firstId}?handler=AcceptSeries&answerId={answerId}"),
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{firstId}?handler=WithdrawSeries"),
            await cai.PostWithTokenOfAsync(caisPage, $"/Posts/{firstId}?handler=StepBackSeries"),
        };

        Assert.All(tries, response => Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode));
        var series = await app.TheSeriesAsync();
        Assert.Null(series.TakenById);
        Assert.Null(series.WithdrawnAt);
        Assert.All(await app.DatesAsync(), p => Assert.Equal(PostStatus.Open, p.Status));
        Assert.DoesNotContain("Withdraw the series", caisPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("every date", (await app.CreateBrowserClient().GetPageAsync($"/Posts/{firstId}")).Text, StringComparison.Ordinal);
        Assert.Contains("Withdraw the series", (await ana.GetPageAsync($"/Posts/{firstId}")).Text, StringComparison.Ordinal);
    }
}
