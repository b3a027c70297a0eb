using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Localization;

// A neighborhood in Montreal reads its own calendar: in November it is five hours behind UTC, so
// at 03:00 UTC on the 28th it is still the evening of the 27th there.
public class TimeZoneTests
{
    private static readonly Dictionary<string, string?> Montreal = new() { ["App:TimeZone"] = "America/Montreal" };

    [Fact]
    public async Task The_digest_goes_out_after_its_hour_in_the_sites_time_zone()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: new(smtp.Settings) { ["App:TimeZone"] = "America/Montreal", ["Notifications:DigestHour"] = "7" });
        var ana = await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Cai);
        var childcare = await app.CategoryIdAsync("Childcare");
        await app.WithDbAsync(async db =>
        {
            var neighbor = await db.Users.SingleAsync(u => u.Id == ana.Id);
            neighbor.Notifications = NotificationMode.DailyDigest;
            neighbor.HelpCategoryIds = [childcare];
            neighbor.HelpDistanceKm = 5;
            return await db.SaveChangesAsync();
        });
        await app.PostThroughFormAsync(await app.SignedInClientAsync("cai@example.org"), "Need", "Someone to fetch my son from school", "Childcare");

        // 09:00 UTC is 04:00 in Montreal; 11:00 UTC is 06:00.
        await app.DeliverEmailAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.DeliverEmailAsync();
        Assert.Empty(smtp.To("ana@example.org"));

        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();
        Assert.Equal("Today near you on MutualAid", Assert.Single(smtp.To("ana@example.org")).Subject);
    }

    [Fact]
    public async Task Today_for_a_needed_by_date_and_the_dates_shown_and_emailed_are_the_sites_own()
    {
        await using var app = new MutualAidApp(settings: Montreal);
        await app.AddNeighborAsync(Person.Ana);
        var ana = await app.SignedInClientAsync("ana@example.org");
        app.Clock.Advance(TimeSpan.FromHours(18));

        var form = await ana.GetPageAsync("/Posts/New?kind=Need");
        var posted = await ana.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.Kind"] = "Need",
            ["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "Soup before the night is out",
            ["Input.Location"] = "Home",
            ["Input.RadiusKm"] = "3",
            ["Input.Urgency"] = "Today",
            ["Input.NeededBy"] = "2026-11-27",
        });

        Assert.DoesNotContain("Choose a date from today", posted.Text, StringComparison.Ordinal);
        Assert.Contains("needed by 27 November 2026", posted.Text, StringComparison.Ordinal);
        // Thirty days from 03:00 UTC on the 28th is 22:00 on 27 December in Montreal.
        Assert.Contains("Open until 27 December 2026.", posted.Text, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(27) + TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        var reminder = Assert.Single(app.Mail.To("ana@example.org"), m => m.Subject?.Contains("closes in 3 days", StringComparison.Ordinal) == true);
        Assert.Contains("closes on 27 December 2026.", reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_zone_the_machine_does_not_know_stops_the_start_and_check_names_it()
    {
        await using var app = new MutualAidApp(settings: new() { ["App:TimeZone"] = "Mars/Olympus_Mons" });

        var refused = Record.Exception(() => app.CreateClient());
        var (exitCode, output) = await HostCommands.RunAsync([.. HostCommands.On(app, "Testing", "check"), "--App:TimeZone", "Mars/Olympus_Mons"]);

        Assert.Contains("App:TimeZone \"Mars/Olympus_Mons\" is not a time zone", refused?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
        Assert.Contains("FIX  App:TimeZone \"Mars/Olympus_Mons\" is not a time zone this machine knows", output, StringComparison.Ordinal);
    }
}
