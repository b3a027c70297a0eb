using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Matching;

// A post that asks for a language is matched only with neighbors who speak one of those asked,
// both ways, and with helpers the same way.
public class SharedLanguageMatchTests
{
    private static Task<List<(int NeedId, int OfferId)>> MatchesAsync(MutualAidApp app) =>
        app.WithDbAsync(db => db.Matches.Select(m => Read.Pair(m.NeedId, m.OfferId)).ToListAsync());

    [Theory]
    [InlineData(null, false)]
    [InlineData("fr", false)]
    [InlineData("es", true)]
    public async Task A_need_asking_for_spanish_matches_only_an_offer_by_someone_who_speaks_it(string? offerAuthorSpeaks, bool matches)
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        if (offerAuthorSpeaks is not null)
        {
            await ben.SaySpeaksAsync(offerAuthorSpeaks);
        }

        var offer = await app.PostThroughFormAsync(ben, "Offer", "Soup on Sundays");
        var need = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", asksLanguage: "es");

        Assert.Equal(matches ? [(need, offer)] : [], await MatchesAsync(app));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("pt", true)]
    public async Task An_offer_asking_for_portuguese_matches_only_a_need_whose_author_speaks_it(string? needAuthorSpeaks, bool matches)
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        if (needAuthorSpeaks is not null)
        {
            await ana.SaySpeaksAsync(needAuthorSpeaks);
        }

        var need = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");
        var offer = await app.PostThroughFormAsync(ben, "Offer", "Soup on Sundays", asksLanguage: "pt");

        Assert.Equal(matches ? [(need, offer)] : [], await MatchesAsync(app));
    }

    [Fact]
    public async Task A_language_learned_later_makes_the_next_match_and_posts_that_ask_for_none_match_anyone()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var plainOffer = await app.PostThroughFormAsync(ben, "Offer", "Bread on Fridays");
        var plainNeed = await app.PostThroughFormAsync(ana, "Need", "Bread for the week");
        await ben.SaySpeaksAsync("ar");

        var askingNeed = await app.PostThroughFormAsync(ana, "Need", "Someone to read a letter with me", asksLanguage: "ar");

        Assert.Equal([(plainNeed, plainOffer), (askingNeed, plainOffer)], (await MatchesAsync(app)).OrderBy(m => m.NeedId));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("es", true)]
    public async Task A_need_asking_for_a_language_reaches_only_helpers_who_speak_it(string? helperSpeaks, bool reaches)
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.SayCanHelpAsync(ben, "Meals", 5);
        if (helperSpeaks is not null)
        {
            await ben.SaySpeaksAsync(helperSpeaks);
        }

        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", radiusKm: 10, asksLanguage: "es");
        await app.DeliverEmailAsync();

        Assert.Equal(reaches ? 1 : 0, await app.WithDbAsync(db => db.HelpMatches.CountAsync()));
        Assert.Equal(reaches, smtp.To("ben@example.org").Count > 0);
        var matchesPage = await ben.GetPageAsync("/Matches");
        Assert.Equal(reaches, matchesPage.Text.Contains("Soup for a sick household", StringComparison.Ordinal));
    }
}
