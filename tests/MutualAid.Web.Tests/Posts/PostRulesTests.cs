using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Tests.Posts;

public class PostRulesTests
{
    private static readonly TimeSpan ReminderAhead = TimeSpan.FromDays(3);

    private static readonly DateTime Now = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);
    private static readonly GeoPoint Home = new(40.41234567, -3.70456789);

    private static PostContent Content(string title = "Ride to the clinic", string details = "", double radius = 3, GeoPoint? at = null) =>
        new(1, title, details, at ?? Home, radius);

    [Fact]
    public void A_need_expires_after_30_days_and_an_offer_after_60()
    {
        var need = Post.Create("ana", PostKind.Need, Content(), Now);
        var offer = Post.Create("ana", PostKind.Offer, Content(), Now);

        Assert.Equal(Now.AddDays(30), need.ExpiresAt);
        Assert.Equal(Now.AddDays(60), offer.ExpiresAt);
        Assert.True(need.IsOpenAt(Now.AddDays(29)));
        Assert.False(need.IsOpenAt(Now.AddDays(30)));
    }

    // A date of a repeating need closes at the end of its day; the next date has its own post.
    // Renewing it, even by a hand-made request, would keep one date open for a month.
    [Fact]
    public void A_date_of_a_series_is_never_renewed()
    {
        var date = Post.Create("ana", PostKind.Need, Content(), Now);
        date.BelongTo(seriesId: 7, new DateOnly(2026, 11, 28), closesAt: Now.AddDays(1), Now);

        Assert.False(date.CanBeRenewedAt(Now.AddHours(12), ReminderAhead));
        Assert.Throws<PostRuleException>(() => date.Renew(Now.AddHours(12), ReminderAhead));
        Assert.Equal(Now.AddDays(1), date.ExpiresAt);
    }

    [Fact]
    public void Renewing_gives_a_post_a_full_new_lifetime_from_now()
    {
        var need = Post.Create("ana", PostKind.Need, Content(), Now);

        need.Renew(Now.AddDays(40), ReminderAhead);

        Assert.True(need.IsOpenAt(Now.AddDays(69)));
        Assert.Equal(Now.AddDays(70), need.ExpiresAt);
    }

    [Fact]
    public void A_post_is_renewed_only_in_its_last_days_or_once_expired()
    {
        var need = Post.Create("ana", PostKind.Need, Content(), Now);

        Assert.False(need.CanBeRenewedAt(Now, ReminderAhead));
        Assert.False(need.CanBeRenewedAt(Now.AddDays(26).AddMinutes(-1), ReminderAhead));
        var early = Assert.Throws<PostRuleException>(() => need.Renew(Now.AddDays(1), ReminderAhead));
        Assert.Equal(Post.TooEarlyToRenew, early.Message);
        Assert.Equal(Now.AddDays(30), need.ExpiresAt);
        Assert.True(need.CanBeRenewedAt(Now.AddDays(27), ReminderAhead));
        Assert.True(need.CanBeRenewedAt(Now.AddDays(45), ReminderAhead));

        need.Renew(Now.AddDays(28), ReminderAhead);

        Assert.Equal(Now.AddDays(58), need.ExpiresAt);
        Assert.False(need.CanBeRenewedAt(Now.AddDays(28), ReminderAhead));
    }

    [Fact]
    public void A_withdrawn_post_can_no_longer_be_edited_or_renewed()
    {
        var need = Post.Create("ana", PostKind.Need, Content(), Now);

        need.Withdraw(Now);

        Assert.Equal(PostStatus.Withdrawn, need.Status);
        Assert.False(need.IsOpenAt(Now));
        Assert.Throws<PostRuleException>(() => need.Renew(Now.AddDays(29), ReminderAhead));
        Assert.Throws<PostRuleException>(() => need.Edit(Content("changed"), Now));
        Assert.Throws<PostRuleException>(() => need.Withdraw(Now));
    }

    [Fact]
    public void Only_the_author_may_change_a_post()
    {
        var need = Post.Create("ana", PostKind.Need, Content(), Now);

        Assert.True(need.IsAuthor("ana"));
        Assert.False(need.IsAuthor("ben"));
        Assert.False(need.IsAuthor(null));
    }

    [Fact]
    public void A_post_keeps_its_exact_point_privately_and_publishes_only_its_cell_center()
    {
        var need = Post.Create("ana", PostKind.Need, Content(), Now);

        Assert.Equal(Home.Latitude, need.Latitude);
        Assert.Equal(GridCell.Containing(Home).Center, new GeoPoint(need.PublicLatitude, need.PublicLongitude));
        Assert.NotEqual(need.Latitude, need.PublicLatitude);
    }

    [Theory]
    [InlineData("", 3, 40.0, -3.0)]
    [InlineData("   ", 3, 40.0, -3.0)]
    [InlineData("ok", -5, 40.0, -3.0)]
    [InlineData("ok", 0, 40.0, -3.0)]
    [InlineData("ok", 51, 40.0, -3.0)]
    [InlineData("ok", 3, 95.0, -3.0)]
    [InlineData("ok", 3, 40.0, -200.0)]
    public void Content_that_breaks_the_rules_is_refused(string title, double radius, double lat, double lon)
    {
        Assert.Throws<PostRuleException>(() => Post.Create("ana", PostKind.Need, Content(title, radius: radius, at: new GeoPoint(lat, lon)), Now));
    }

    [Fact]
    public void Overlong_title_and_details_are_refused()
    {
        Assert.Throws<PostRuleException>(() => Post.Create("ana", PostKind.Need, Content(new string('a', 121)), Now));
        Assert.Throws<PostRuleException>(() => Post.Create("ana", PostKind.Need, Content(details: new string('a', 4001)), Now));
    }

    [Fact]
    public void Urgency_and_needed_by_belong_to_needs_and_standing_to_offers()
    {
        var content = new PostContent(1, "Meals", "", Home, 3, Urgency.Today, new DateOnly(2026, 12, 1), IsStanding: true);

        var need = Post.Create("ana", PostKind.Need, content, Now);
        var offer = Post.Create("ana", PostKind.Offer, content, Now);

        Assert.Equal(Urgency.Today, need.Urgency);
        Assert.False(need.IsStanding);
        Assert.Equal(Urgency.Whenever, offer.Urgency);
        Assert.Null(offer.NeededBy);
        Assert.True(offer.IsStanding);
    }
}
