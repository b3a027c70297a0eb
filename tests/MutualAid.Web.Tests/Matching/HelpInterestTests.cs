using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Matching;

// A neighbor who only said what they could help with hears of new needs as a standing offer would.
public class HelpInterestTests
{
    // Ben's home is about 1.1 km from Ana's; Dan's about 6 km.
    private static readonly GeoPoint DanHome = new(TestData.AnaHome.Latitude + 0.054, TestData.AnaHome.Longitude);

    [Fact]
    public async Task A_need_in_the_category_and_within_reach_is_emailed_at_once_in_the_helpers_words()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.AddNeighborAsync("dan@example.org", "Dan", DanHome);
        var dan = await app.SignedInClientAsync("dan@example.org");
        var cai = await app.SignedInAsync(Person.Cai);
        await app.SayCanHelpAsync(ben, "Meals", 2);
        await app.SayCanHelpAsync(dan, "Meals", 5);
        await app.SayCanHelpAsync(cai, "Meals", 0.5);
        await app.SayCanHelpAsync(ana, "Meals", 5);

        var needId = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", radiusKm: 10);
        await app.PostThroughFormAsync(ana, "Need", "Someone to fetch my son", category: "Childcare", radiusKm: 10);
        await app.PostThroughFormAsync(ana, "Offer", "Bread on Fridays", radiusKm: 10);
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toBen = Assert.Single(smtp.To("ben@example.org"));
        Assert.Equal("A need nearby you could help with: Soup for a sick household", toBen.Subject);
        Assert.Contains("You said you could help with Meals within 2 km.", toBen.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://mutualaid.example/Posts/{needId}", toBen.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch my son", toBen.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Bread", toBen.TextBody, StringComparison.Ordinal);
        Assert.Empty(smtp.To("dan@example.org"));
        Assert.Empty(smtp.To("cai@example.org"));
        Assert.Empty(smtp.To("ana@example.org"));
    }

    [Fact]
    public async Task A_need_outside_the_needs_own_radius_does_not_reach_the_helper()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.SayCanHelpAsync(ben, "Meals", 5);

        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", radiusKm: 0.5);
        await app.DeliverEmailAsync();

        Assert.Empty(smtp.To("ben@example.org"));
    }

    // At city scale most accounts said nothing about helping: a new need reads the homes of those
    // who did, through their index, and never walks every account (tens of thousands per post).
    [SqliteOnlyFact]
    public async Task A_new_need_reads_only_the_helpers_index_not_every_account()
    {
        var plans = new QueryPlanLog();
        await using var app = new MutualAidApp(services: services => services
            .ConfigureDbContext<Web.Data.AppDbContext>(options => options.AddInterceptors(plans)));
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.SayCanHelpAsync(ben, "Meals", 5);

        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");

        Assert.Equal(1, await app.WithDbAsync(db => db.HelpMatches.CountAsync()));
        var helpersPlan = plans.Plans.Last(p => p.Sql.Contains("\"HelpDistanceKm\"", StringComparison.Ordinal) && p.Sql.Contains("json_each", StringComparison.Ordinal)).Plan;
        Assert.Contains("USING INDEX IX_AspNetUsers_Helpers", helpersPlan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN a", helpersPlan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_helpers_read_the_need_in_the_days_digest_and_helpers_who_chose_no_email_get_none()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: new(smtp.Settings) { ["Notifications:DigestHour"] = "18" });
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var cai = await app.SignedInAsync(Person.Cai);
        await app.SayCanHelpAsync(ben, "Meals", 2, mode: "DailyDigest");
        await app.SayCanHelpAsync(cai, "Meals", 2, mode: "Off");

        var needId = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.DeliverEmailAsync();
        Assert.Empty(smtp.To("ben@example.org"));
        app.Clock.Advance(TimeSpan.FromHours(10));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var digest = Assert.Single(smtp.To("ben@example.org"));
        Assert.Equal("Today near you on MutualAid", digest.Subject);
        Assert.Contains("You said you could help with Meals within 2 km.", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://mutualaid.example/Posts/{needId}", digest.TextBody, StringComparison.Ordinal);
        Assert.Empty(smtp.To("cai@example.org"));
        Assert.Contains("Soup for a sick household", (await cai.GetPageAsync("/Matches")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_matching_both_my_offer_and_what_I_can_help_with_is_listed_once()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.SayCanHelpAsync(ben, "Meals", 2);
        await app.PostThroughFormAsync(ben, "Offer", "Big pot of lentil soup");
        await app.DeliverEmailAsync();

        var needId = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.DeliverEmailAsync();

        var toBen = Assert.Single(smtp.To("ben@example.org"));
        Assert.Single((toBen.TextBody ?? "").Split('\n'), line => line.Contains($"/Posts/{needId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blocks_apply_both_ways_the_need_reaches_neither_the_blocked_nor_the_blocker()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var cai = await app.SignedInAsync(Person.Cai);
        await app.SayCanHelpAsync(ben, "Meals", 2);
        await app.SayCanHelpAsync(cai, "Meals", 2);
        var bensOffer = await app.PostThroughFormAsync(ben, "Offer", "Spare chairs", category: "Household goods");
        var anasOffer = await app.PostThroughFormAsync(ana, "Offer", "Old books", category: "Household goods");
        await ana.PressAsync(bensOffer, "BlockAuthor");
        await cai.PressAsync(anasOffer, "BlockAuthor");

        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.DeliverEmailAsync();

        Assert.DoesNotContain(smtp.To("ben@example.org"), m => (m.TextBody ?? "").Contains("Soup", StringComparison.Ordinal));
        Assert.DoesNotContain(smtp.To("cai@example.org"), m => (m.TextBody ?? "").Contains("Soup", StringComparison.Ordinal));
        Assert.DoesNotContain("Soup", (await ben.GetPageAsync("/Matches")).Text, StringComparison.Ordinal);
    }
}
