using System.Text.RegularExpressions;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Notifications;

// A neighbor whose several posts match the same post of someone else reads it once, not once per
// post of theirs.
public partial class MatchEmailDedupeTests
{
    [Fact]
    public async Task An_offer_matching_two_of_my_needs_is_listed_once_in_my_email()
    {
        using var smtp = new SmtpServer();
        var (app, ana, ben) = await MatchEmailTests.NeighborsAsync(smtp);
        await using var _ = app;

        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        await app.PostThroughFormAsync(ana, "Need", "Dinner for my grandmother");
        var offerId = await app.PostThroughFormAsync(ben, "Offer", "Big pot of lentil soup");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toAna = Assert.Single(smtp.To("ana@example.org"));
        var link = Assert.Single(PostLink().Matches(toAna.TextBody ?? ""));
        Assert.EndsWith($"/{offerId}", link.Value, StringComparison.Ordinal);
        Assert.Contains("Big pot of lentil soup", toAna.Subject, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https://mutualaid\.example/Posts/\d+\b")]
    private static partial Regex PostLink();
}
