using System.Globalization;
using System.Text.RegularExpressions;
using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// An attacker turns matching into a ruler. They post offers in the victim's category around the
// victim's public cell and set each offer's radius through the Edit page, to the hundredth of a
// km, reading /Matches and the offer's own page after every edit: the smallest radius that
// matches is their distance to the victim's need, and three distances give a point. They halve
// the range with each answer; an offer that matched is spent, so the next question goes to a
// fresh offer at the same place. All they may learn is the public cell.
public partial class LocationOracleTests
{
    // The offers stand about 1 km from the cell center. A post's point is at most half a cell's
    // diagonal (0.354 km) from its cell center, so the distance lies within 0.36 km of the guess.
    private const double ReachKm = 1.0;
    private const double WindowKm = 0.36;

    // The radius moves in 10 m steps, so each distance the attacker reads, and the point drawn
    // from three of them, is only good to a few metres.
    private const double SlackKm = 0.012;

    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["MutualAid:NewAccountMaxPosts"] = "1000",
        ["RateLimits:EditsPerNeighborPerHour"] = "10000",
    };

    [Fact]
    public async Task Radius_edits_locate_a_need_no_better_than_its_public_cell_center()
    {
        var random = new Random(10);
        for (var victim = 0; victim < 3; victim++)
        {
            var exact = new LocalPlane(Places.Origin).Toward(random.NextDouble() * 360, random.NextDouble() * 3);

            var (estimate, _) = await AttackAsync(exact);

            var cellCenter = GridCell.Containing(exact).Center;
            Assert.True(estimate.DistanceKmTo(exact) >= cellCenter.DistanceKmTo(exact) - SlackKm,
                $"The attacker's estimate is {estimate.DistanceKmTo(exact) * 1000:0} m from the need's exact point; "
                + $"its public cell center is {cellCenter.DistanceKmTo(exact) * 1000:0} m from it.");
        }
    }

    [Fact]
    public async Task Radius_edits_get_the_same_answers_for_needs_at_two_points_in_one_cell()
    {
        var random = new Random(11);
        var (first, second) = LocalPlane.TwoPointsInOneCell(random);

        var (_, answersForFirst) = await AttackAsync(first);
        var (_, answersForSecond) = await AttackAsync(second);

        Assert.Equal(answersForFirst, answersForSecond);
    }

    // Plays the whole attack against one need at this exact point, in a fresh app; returns the
    // attacker's best estimate of the point and every answer the pages gave along the way.
    private static async Task<(GeoPoint Estimate, List<string> Answers)> AttackAsync(GeoPoint exact)
    {
        await using var app = new MutualAidApp(settings: Limits);
        await app.AddNeighborAsync("ana@example.org", "Ana", exact);
        await app.AddNeighborAsync("mallory@example.org", "Mallory", Places.Origin);
        var ana = await app.SignedInClientAsync("ana@example.org");
        var needId = await app.PostThroughFormAsync(ana, "Need", "Someone to sit with my mother on Fridays", radiusKm: 5);
        var mallory = await app.SignedInClientAsync("mallory@example.org");

        // What the map shows of Ana's need. Mallory stands each offer on a cell center of her
        // own, so that her points and their public cells coincide.
        var target = GridCell.Containing(exact).Center;
        var answers = new List<string>();
        var circles = new List<(GeoPoint From, double Km)>();
        foreach (var bearing in new[] { 0.0, 120, 240 })
        {
            var from = GridCell.Containing(new LocalPlane(target).Toward(bearing, ReachKm)).Center;
            var guess = from.DistanceKmTo(target);
            var probe = new RadiusProbe(app, mallory, from, needId, answers);
            var (tooShort, enough) = ((int)Math.Round((guess - WindowKm) * 100), (int)Math.Round((guess + WindowKm) * 100));
            Assert.False(await probe.MatchesAtAsync(tooShort), $"A radius of {tooShort / 100.0:0.00} km already matched the need.");
            Assert.True(await probe.MatchesAtAsync(enough), $"A radius of {enough / 100.0:0.00} km did not match the need.");
            while (enough - tooShort > 1)
            {
                var middle = (tooShort + enough) / 2;
                (tooShort, enough) = await probe.MatchesAtAsync(middle) ? (tooShort, middle) : (middle, enough);
            }

            circles.Add((from, (enough - 0.5) / 100));
        }

        return (new LocalPlane(target).Trilaterate(circles), answers);
    }

    // One offer at a time at one place: edits its radius while it has not matched, and posts a
    // fresh one once it has. Writes down every answer the two pages give.
    private sealed class RadiusProbe(MutualAidApp app, HttpClient client, GeoPoint at, int needId, List<string> answers)
    {
        private (int Id, HtmlPage EditForm)? unspent;

        public async Task<bool> MatchesAtAsync(int hundredthsOfKm)
        {
            var radius = (hundredthsOfKm / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
            var postPage = unspent is { } offer
                ? await client.SubmitForPageAsync(offer.EditForm, "form[method=post]:not(.inline-form)", new() { ["Input.RadiusKm"] = radius })
                : await NewOfferAsync(radius);
            var offerId = int.Parse(postPage.Response.RequestMessage!.RequestUri!.AbsolutePath["/Posts/".Length..], CultureInfo.InvariantCulture);
            var matchesPage = await client.GetPageAsync("/Matches");
            answers.Add($"{radius} km\n{MainText(postPage)}\n{MainText(matchesPage)}");
            var matched = Lists(postPage, "main", needId) || Lists(matchesPage, $"section[aria-labelledby='post-{offerId}']", needId);
            unspent = matched ? null : (offerId, unspent?.EditForm ?? await client.GetPageAsync($"/Posts/{offerId}/Edit"));
            return matched;
        }

        private async Task<HtmlPage> NewOfferAsync(string radius)
        {
            var form = await client.GetPageAsync("/Posts/New?kind=Need");
            return await client.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", new()
            {
                ["Input.Kind"] = "Offer",
                ["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(CultureInfo.InvariantCulture),
                ["Input.Title"] = "A hot meal, any day",
                ["Input.Location"] = "Point",
                ["Input.Latitude"] = at.Latitude.ToString(CultureInfo.InvariantCulture),
                ["Input.Longitude"] = at.Longitude.ToString(CultureInfo.InvariantCulture),
                ["Input.RadiusKm"] = radius,
                ["Input.Urgency"] = "Whenever",
            });
        }
    }

    private static bool Lists(HtmlPage page, string within, int postId) =>
        page.Document.QuerySelectorAll($"{within} .post-card a[href='/Posts/{postId}']").Length > 0;

    private static string MainText(HtmlPage page) =>
        Whitespace().Replace(page.Document.QuerySelector("main")?.TextContent ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
