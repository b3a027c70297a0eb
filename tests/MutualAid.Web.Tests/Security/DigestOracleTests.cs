using System.Globalization;
using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// An attacker turns the daily digest into a ruler. They say they could help with the victim's
// category within 1 km, then move their home 10 m at a time along a line through
// the victim's public cell, one move a day, and read which needs each digest lists: the home
// where a need drops out is 1 km from it. The victim posts from home every day, so there is
// always a new need to test. All they may learn is the cell.
public class DigestOracleTests
{
    [Fact]
    public async Task Moving_home_gets_the_same_digests_for_needs_at_two_points_in_one_cell()
    {
        var random = new Random(12);
        var (first, second) = LocalPlane.TwoPointsInOneCell(random);

        var digestsForFirst = await AttackAsync(first);
        var digestsForSecond = await AttackAsync(second);

        Assert.Contains(digestsForFirst, d => d.Contains("New need", StringComparison.Ordinal));
        Assert.Contains(digestsForFirst, d => !d.Contains("New need", StringComparison.Ordinal));
        Assert.Equal(digestsForFirst, digestsForSecond);
    }

    // Plays the attack in a fresh app against a neighbor whose home is at this exact point and
    // returns what each day's digest told the attacker, with the home they had that day.
    private static async Task<List<string>> AttackAsync(GeoPoint exact)
    {
        await using var app = new MutualAidApp(settings: new()
        {
            ["Notifications:DigestHour"] = "18",
            ["MutualAid:NewAccountMaxPosts"] = "1000",
            ["RateLimits:EditsPerNeighborPerHour"] = "10000",
        });
        await app.AddNeighborAsync("ana@example.org", "Ana", exact);
        await app.AddNeighborAsync("mallory@example.org", "Mallory", Places.Origin);
        var ana = await app.SignedInClientAsync("ana@example.org");
        var mallory = await app.SignedInClientAsync("mallory@example.org");
        var settings = await mallory.GetPageAsync("/Profile/Helping");
        await mallory.SubmitAsync(settings, "main form[method=post]", new()
        {
            ["Input.Mode"] = "DailyDigest",
            ["Input.DistanceKm"] = "1",
            ["Input.CategoryIds"] = (await app.CategoryIdAsync("Childcare")).ToString(CultureInfo.InvariantCulture),
        });

        // A need 0.5 km east of the cell center is within 1 km of the exact point, one 1.5 km
        // east is not; halve the gap, 10 m at a time, until the edge is found.
        var line = new LocalPlane(GridCell.Containing(exact).Center);
        var (near, far) = (50, 150);
        var digests = new List<string>();
        for (var day = 0; far - near > 1; day++)
        {
            var step = (near + far) / 2;
            var home = line.FromKm(step / 100.0, 0);
            var profile = await mallory.GetPageAsync("/Profile");
            await mallory.SubmitAsync(profile, "main form[method=post]", new()
            {
                ["Input.Latitude"] = home.Latitude.ToString(CultureInfo.InvariantCulture),
                ["Input.Longitude"] = home.Longitude.ToString(CultureInfo.InvariantCulture),
                ["Input.RadiusKm"] = "1",
            });
            await app.PostThroughFormAsync(ana, "Need", $"Someone to fetch my son on day {day}", "Childcare", radiusKm: 5);

            var before = app.Mail.To("mallory@example.org").Count;
            app.Clock.Advance(TimeSpan.FromHours(9.5));
            await app.DeliverEmailAsync();
            await app.DeliverEmailAsync();
            var digest = app.Mail.To("mallory@example.org").Skip(before).SingleOrDefault();
            var needs = (digest?.TextBody ?? "").Split('\n').Where(l => l.StartsWith("- New need", StringComparison.Ordinal)).ToList();
            digests.Add($"{step * 10} m east: {string.Join(" | ", needs)}");
            (near, far) = needs.Count > 0 ? (step, far) : (near, step);
            app.Clock.Advance(TimeSpan.FromHours(14.5));
        }

        return digests;
    }
}
