using System.Globalization;
using System.Text.RegularExpressions;
using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// An attacker turns matching into a ruler. They post offers in the victim's category around the
// victim's public cell, raise each offer's radius through the Edit page 10 m at a time and read
// /Matches and the offer's own page after every edit: the first radius that matches is their
// distance to the victim's need, and three distances give a point. All they may learn is the cell.
public partial class LocationOracleTests
{
    private const double StepKm = 0.01;

    // The offers stand about 1 km from the cell center. A post's point is at most half a cell's
    // diagonal (0.354 km) from its cell center, so a sweep of 0.36 km either side finds any
    // exact distance.
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
            var radius = Math.Round(guess - WindowKm, 2);
            var offerId = await OfferAtAsync(app, mallory, from, radius);
            var edit = await mallory.GetPageAsync($"/Posts/{offerId}/Edit");
            while (true)
            {
                radius = Math.Round(radius + StepKm, 2);
                Assert.True(radius <= guess + WindowKm, $"No radius up to {guess + WindowKm:0.00} km matched the need.");
                var postPage = await mallory.SubmitForPageAsync(edit, "form[method=post]:not(.inline-form)",
                    new() { ["Input.RadiusKm"] = radius.ToString(CultureInfo.InvariantCulture) });
                var matchesPage = await mallory.GetPageAsync("/Matches");
                answers.Add($"{radius:0.00} km\n{MainText(postPage)}\n{MainText(matchesPage)}");
                if (Lists(postPage, "main", needId) || Lists(matchesPage, $"section[aria-labelledby='post-{offerId}']", needId))
                {
                    circles.Add((from, radius - (StepKm / 2)));
                    break;
                }
            }
        }

        return (new LocalPlane(target).Trilaterate(circles), answers);
    }

    private static async Task<int> OfferAtAsync(MutualAidApp app, HttpClient client, GeoPoint at, double radiusKm)
    {
        var form = await client.GetPageAsync("/Posts/New");
        var page = await client.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.Kind"] = "Offer",
            ["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = "A hot meal, any day",
            ["Input.Location"] = "Point",
            ["Input.Latitude"] = at.Latitude.ToString(CultureInfo.InvariantCulture),
            ["Input.Longitude"] = at.Longitude.ToString(CultureInfo.InvariantCulture),
            ["Input.RadiusKm"] = radiusKm.ToString(CultureInfo.InvariantCulture),
            ["Input.Urgency"] = "Whenever",
        });
        var path = page.Response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Posts/", path, StringComparison.Ordinal);
        return int.Parse(path["/Posts/".Length..], CultureInfo.InvariantCulture);
    }

    private static bool Lists(HtmlPage page, string within, int postId) =>
        page.Document.QuerySelectorAll($"{within} .post-card a[href='/Posts/{postId}']").Length > 0;

    private static string MainText(HtmlPage page) =>
        Whitespace().Replace(page.Document.QuerySelector("main")?.TextContent ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
