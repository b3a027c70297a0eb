using System.Globalization;
using MutualAid.Web.Geo;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// An attacker turns "what I could help with" into a ruler, from either side. As a helper, they
// say they could help within 1 km and move their home 10 m at a time along a line through the
// victim's public cell while the victim posts needs from home, reading which needs are emailed to
// them at once. As a poster, they post needs from homes along such a line and watch which ones
// reach a victim who said they could help within 1 km (the victim's answer, or silence, tells
// them). Either way the edge where emails stop is 1 km from the victim's exact home; all they may
// learn is the cell.
public class HelpOracleTests
{
    [Fact]
    public async Task A_helper_moving_home_is_emailed_the_same_needs_for_victims_at_two_points_in_one_cell()
    {
        var (first, second) = LocalPlane.TwoPointsInOneCell(new Random(21));

        var forFirst = await AttackAsync(first, attackerHelps: true);
        var forSecond = await AttackAsync(second, attackerHelps: true);

        Assert.Contains(forFirst, step => step.EndsWith("heard", StringComparison.Ordinal));
        Assert.Contains(forFirst, step => step.EndsWith("silent", StringComparison.Ordinal));
        Assert.Equal(forFirst, forSecond);
    }

    [Fact]
    public async Task Needs_posted_along_a_line_reach_victims_at_two_points_in_one_cell_alike()
    {
        var (first, second) = LocalPlane.TwoPointsInOneCell(new Random(22));

        var forFirst = await AttackAsync(first, attackerHelps: false);
        var forSecond = await AttackAsync(second, attackerHelps: false);

        Assert.Contains(forFirst, step => step.EndsWith("heard", StringComparison.Ordinal));
        Assert.Contains(forFirst, step => step.EndsWith("silent", StringComparison.Ordinal));
        Assert.Equal(forFirst, forSecond);
    }

    // Plays one attack in a fresh app against a victim whose home is at this exact point; returns
    // for each step where the attacker's home was and whether the need was emailed.
    private static async Task<List<string>> AttackAsync(GeoPoint exact, bool attackerHelps)
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: new(smtp.Settings)
        {
            ["MutualAid:NewAccountMaxPosts"] = "1000",
            ["RateLimits:EditsPerNeighborPerHour"] = "10000",
        });
        await app.AddNeighborAsync("ana@example.org", "Ana", exact);
        await app.AddNeighborAsync("mallory@example.org", "Mallory", Places.Origin);
        var ana = await app.SignedInClientAsync("ana@example.org");
        var mallory = await app.SignedInClientAsync("mallory@example.org");
        var (helper, poster, helperEmail) = attackerHelps ? (mallory, ana, "mallory@example.org") : (ana, mallory, "ana@example.org");
        await app.SayCanHelpAsync(helper, "Childcare", 1);

        // A need 0.5 km east of the cell center is within 1 km of the exact point, one 1.5 km
        // east is not; halve the gap, 10 m at a time, until the edge is found.
        var line = new LocalPlane(GridCell.Containing(exact).Center);
        var (near, far) = (50, 150);
        var steps = new List<string>();
        for (var step = 0; far - near > 1; step++)
        {
            var middle = (near + far) / 2;
            var home = line.FromKm(middle / 100.0, 0);
            var profile = await mallory.GetPageAsync("/Profile");
            await mallory.SubmitAsync(profile, "main form[method=post]", new()
            {
                ["Input.Latitude"] = home.Latitude.ToString(CultureInfo.InvariantCulture),
                ["Input.Longitude"] = home.Longitude.ToString(CultureInfo.InvariantCulture),
                ["Input.RadiusKm"] = "5",
            });
            var before = smtp.To(helperEmail).Count;
            await app.PostThroughFormAsync(poster, "Need", $"Someone to fetch my son, try {step}", "Childcare", radiusKm: 5);
            await app.DeliverEmailAsync();
            var heard = smtp.To(helperEmail).Count > before;
            steps.Add($"{middle * 10} m east: {(heard ? "heard" : "silent")}");
            (near, far) = heard ? (middle, far) : (near, middle);
        }

        return steps;
    }
}
