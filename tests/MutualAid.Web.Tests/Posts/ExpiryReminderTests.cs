using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Posts;

public class ExpiryReminderTests
{
    [Fact]
    public async Task The_reminder_says_how_far_ahead_the_site_is_set_to_remind_in_each_authors_language()
    {
        await using var app = new MutualAidApp(settings: new() { ["Expiry:ReminderAhead"] = "5.00:00:00" });
        await app.AddNeighborAsync("ana@example.org", "Ana", TestData.AnaHome);
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.BenHome);
        await app.SpeaksAsync("lucia@example.org", "es");
        await app.PostThroughFormAsync(await app.SignedInClientAsync("ana@example.org"), "Need", "Ride to the clinic");
        await app.PostThroughFormAsync(await app.SignedInClientAsync("lucia@example.org"), "Need", "Sopa para mi vecina");

        app.Clock.Advance(TimeSpan.FromDays(25) - TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        Assert.Empty(app.Mail.To("ana@example.org"));
        Assert.Empty(app.Mail.To("lucia@example.org"));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();
        Assert.Equal("“Ride to the clinic” closes in 5 days", Assert.Single(app.Mail.To("ana@example.org")).Subject);
        Assert.Equal("«Sopa para mi vecina» se cierra en 5 días", Assert.Single(app.Mail.To("lucia@example.org")).Subject);
    }

    [Fact]
    public async Task A_reminder_set_one_day_ahead_says_a_day()
    {
        await using var app = new MutualAidApp(settings: new() { ["Expiry:ReminderAhead"] = "1.00:00:00" });
        await app.AddNeighborAsync("ana@example.org", "Ana", TestData.AnaHome);
        await app.PostThroughFormAsync(await app.SignedInClientAsync("ana@example.org"), "Need", "Ride to the clinic");

        app.Clock.Advance(TimeSpan.FromDays(29) + TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        Assert.Equal("“Ride to the clinic” closes in a day", Assert.Single(app.Mail.To("ana@example.org")).Subject);
    }

    [Theory]
    [InlineData("1.12:00:00")]
    [InlineData("00:00:00")]
    [InlineData("20.00:00:00")]
    public async Task A_reminder_the_email_could_not_state_in_days_is_refused_when_the_app_starts(string ahead)
    {
        await using var app = new MutualAidApp(settings: new() { ["Expiry:ReminderAhead"] = ahead });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("ReminderAhead", error.ToString(), StringComparison.Ordinal);
    }
}
