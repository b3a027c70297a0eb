using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Geo;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Matching;

public class MatchFinderTests
{
    private static async Task<(MutualAidApp App, string Ana, string Ben)> AppAsync()
    {
        var app = new MutualAidApp();
        var ana = await app.AddNeighborAsync("ana@example.org", "Ana", Places.Origin);
        var ben = await app.AddNeighborAsync("ben@example.org", "Ben", Places.Origin);
        return (app, ana.Id, ben.Id);
    }

    private static Task<Post> PostAsync(MutualAidApp app, string author, PostKind kind, GeoPoint at, double radius = 3,
        string category = "Meals", Urgency urgency = Urgency.Whenever, DateTime? createdAt = null) =>
        app.AddPostAsync(author, kind, $"{kind} {Guid.NewGuid():N}", at, category, createdAt: createdAt, urgency: urgency, radiusKm: radius);

    private static Task<IReadOnlyList<MatchCandidate>> FindAsync(MutualAidApp app, Post post) =>
        app.WithServiceAsync<MatchFinder, IReadOnlyList<MatchCandidate>>(finder => finder.FindAsync(post, app.Clock.GetUtcNow().UtcDateTime));

    [Fact]
    public async Task A_need_matches_a_nearby_offer_in_the_same_category_from_someone_else()
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        var offer = await PostAsync(app, ben, PostKind.Offer, Places.NorthKm(1));
        await PostAsync(app, ben, PostKind.Offer, Places.NorthKm(1), category: "Childcare");
        await PostAsync(app, ben, PostKind.Need, Places.NorthKm(1));
        await PostAsync(app, ana, PostKind.Offer, Places.NorthKm(1));
        var need = await PostAsync(app, ana, PostKind.Need, Places.Origin);

        var found = await FindAsync(app, need);

        var match = Assert.Single(found);
        Assert.Equal(offer.Id, match.PostId);
        Assert.InRange(match.DistanceKm, 0.99, 1.01);
    }

    // Measured between cell centers: 4 km east of the origin is 4.00 km away, 2.5 km is 2.50 km.
    [Theory]
    [InlineData(4, 5, 3, false)]
    [InlineData(4, 3, 5, false)]
    [InlineData(4, 5, 5, true)]
    [InlineData(2.5, 3, 3, true)]
    public async Task The_distance_must_be_within_both_posters_radius(double km, double needRadius, double offerRadius, bool matches)
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        await PostAsync(app, ben, PostKind.Offer, Places.EastKm(km), offerRadius);
        var need = await PostAsync(app, ana, PostKind.Need, Places.Origin, needRadius);

        var found = await FindAsync(app, need);

        Assert.Equal(matches, found.Count == 1);
    }

    // The origin's cell center is 0.50 km from that of a point 0.6 km north of it, and 3.00 km
    // from that of a point 2.55 km east: cells, not exact points, decide.
    [Theory]
    [InlineData(0.55)]
    [InlineData(2.6)]
    public async Task Radii_are_held_against_the_distance_between_public_cells_not_exact_points(double needRadius)
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        var fartherThanItsCell = await PostAsync(app, ben, PostKind.Offer, Places.NorthKm(0.6), 5);
        await PostAsync(app, ben, PostKind.Offer, Places.EastKm(2.55), 5);
        var need = await PostAsync(app, ana, PostKind.Need, Places.Origin, needRadius);

        var found = await FindAsync(app, need);

        var match = Assert.Single(found);
        Assert.Equal(fartherThanItsCell.Id, match.PostId);
        Assert.Equal(fartherThanItsCell.Cell.Center.DistanceKmTo(need.Cell.Center), match.DistanceKm);
    }

    [Fact]
    public async Task Posts_in_one_cell_are_equally_near_whatever_their_exact_points()
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var exactlyNearerButOlder = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(0.7), createdAt: now.AddHours(-5));
        var exactlyFartherButNewer = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(1.1), createdAt: now.AddHours(-1));
        Assert.Equal(exactlyNearerButOlder.Cell, exactlyFartherButNewer.Cell);
        var offer = await PostAsync(app, ana, PostKind.Offer, Places.Origin);

        var found = await FindAsync(app, offer);

        Assert.Equal([exactlyFartherButNewer.Id, exactlyNearerButOlder.Id], found.Select(c => c.PostId));
    }

    [Fact]
    public async Task Expired_and_withdrawn_posts_are_never_matched()
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        var early = app.Clock.GetUtcNow().UtcDateTime.AddDays(-61);
        await PostAsync(app, ben, PostKind.Offer, Places.NorthKm(0.5), createdAt: early);
        var withdrawn = await PostAsync(app, ben, PostKind.Offer, Places.NorthKm(0.5));
        await app.WithDbAsync(async db =>
        {
            var post = await db.Posts.SingleAsync(p => p.Id == withdrawn.Id);
            post.Withdraw(app.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        var need = await PostAsync(app, ana, PostKind.Need, Places.Origin);

        Assert.Empty(await FindAsync(app, need));
    }

    [Fact]
    public async Task Candidates_are_ranked_nearest_then_most_urgent_then_newest_and_only_the_best_five_kept()
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var far = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(2));
        var nearOld = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(1), createdAt: now.AddHours(-5));
        var nearNew = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(1), createdAt: now.AddHours(-1));
        var nearUrgent = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(1), urgency: Urgency.Today, createdAt: now.AddHours(-9));
        var nearest = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(0.2));
        var sixth = await PostAsync(app, ben, PostKind.Need, Places.NorthKm(2.5));
        var offer = await PostAsync(app, ana, PostKind.Offer, Places.Origin);

        var found = await FindAsync(app, offer);

        Assert.Equal([nearest.Id, nearUrgent.Id, nearNew.Id, nearOld.Id, far.Id], found.Select(c => c.PostId));
        Assert.DoesNotContain(sixth.Id, found.Select(c => c.PostId));
    }

    [Fact]
    public async Task A_pair_is_recorded_once_even_when_the_post_is_edited_and_renewed()
    {
        var (app, ana, ben) = await AppAsync();
        await using var _ = app;
        await PostAsync(app, ben, PostKind.Offer, Places.NorthKm(1));
        var need = await PostAsync(app, ana, PostKind.Need, Places.Origin);

        for (var i = 0; i < 3; i++)
        {
            await app.InScopeAsync(async services =>
            {
                var post = await services.GetRequiredService<AppDbContext>().Posts.SingleAsync(p => p.Id == need.Id);
                post.Renew(app.Clock.GetUtcNow().UtcDateTime, reminderAhead: post.Lifetime);
                await services.GetRequiredService<MatchFinder>().SaveWithMatchesAsync(post, app.Clock.GetUtcNow().UtcDateTime);
            });
        }

        Assert.Equal(1, await app.WithDbAsync(db => db.Matches.CountAsync()));
    }

    [Fact]
    public async Task A_standing_offer_stays_open_and_is_matched_with_each_new_need()
    {
        var (app, _, _) = await AppAsync();
        await using var _ = app;
        var ben = await app.SignedInClientAsync("ben@example.org");
        var ana = await app.SignedInClientAsync("ana@example.org");
        var offer = await app.PostThroughFormAsync(ben, "Offer", "Soup every Sunday", standing: true);

        var needs = new List<int>();
        for (var day = 0; day < 3; day++)
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
            needs.Add(await app.PostThroughFormAsync(ana, "Need", $"Meal on day {day}"));
        }

        var paired = await app.WithDbAsync(db => db.Matches.Where(m => m.OfferId == offer).Select(m => m.NeedId).ToListAsync());
        Assert.Equal(needs, paired.Order());
        Assert.Contains("standing offer", (await ana.GetPageAsync($"/Posts/{offer}")).Text, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(offer))!.Status);
    }
}
