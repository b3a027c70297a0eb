using MutualAid.Web.Moderation;

namespace MutualAid.Web.Tests.Moderation;

// The rule for hiding a post before a steward looks, without a database.
public class AutomaticHideTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static AutomaticHide.PostReport Report(string who, bool resolved = false, double accountAgeHours = 100, bool blocked = false) =>
        new(who, Now, resolved, Now.AddHours(-accountAgeHours), blocked);

    [Fact]
    public void Three_different_established_neighbors_are_three_reporters_however_often_they_report()
    {
        Assert.Equal(3, AutomaticHide.CountingReporters([Report("a"), Report("a"), Report("b"), Report("c")], Day));
    }

    [Fact]
    public void Reports_made_inside_the_new_account_period_do_not_count()
    {
        Assert.Equal(1, AutomaticHide.CountingReporters([Report("a", accountAgeHours: 1), Report("b", accountAgeHours: 23.9), Report("c", accountAgeHours: 24)], Day));
    }

    [Fact]
    public void A_neighbor_whose_report_a_steward_dealt_with_is_not_counted_again()
    {
        Assert.Equal(1, AutomaticHide.CountingReporters([Report("a", resolved: true), Report("a"), Report("b")], Day));
    }

    [Fact]
    public void A_blocked_account_does_not_count()
    {
        Assert.Equal(2, AutomaticHide.CountingReporters([Report("a", blocked: true), Report("b"), Report("c")], Day));
    }
}
