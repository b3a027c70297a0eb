using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Coordination;

// A post made for a neighbor without an account carries that neighbor's languages, not the
// coordinator's: in matching (both ways), on "speaks my language", on the post and in emails.
public class OfflineNeighborLanguageTests
{
    private static Task<List<(int NeedId, int OfferId)>> MatchesAsync(MutualAidApp app) =>
        app.WithDbAsync(db => db.Matches.Select(m => Read.Pair(m.NeedId, m.OfferId)).ToListAsync());

    [Theory]
    [InlineData("ar", null, true)]
    [InlineData(null, "ar", false)]
    public async Task An_offer_asking_for_arabic_matches_a_need_for_an_offline_neighbor_only_if_they_speak_it(string? rosaSpeaks, string? caiSpeaks, bool matches)
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ben = await app.SignedInAsync(Person.Ben);
        if (caiSpeaks is not null)
        {
            await cai.SaySpeaksAsync(caiSpeaks);
        }

        var rosa = await app.AddOfflineNeighborAsync(cai, hood, speaks: rosaSpeaks);
        var offer = await app.PostThroughFormAsync(ben, "Offer", "Soup on Sundays", asksLanguage: "ar");
        var need = await app.PostForAsync(cai, rosa, "Need", "Soup for a sick household");

        Assert.Equal(matches ? [(need, offer)] : [], await MatchesAsync(app));
    }

    [Theory]
    [InlineData("es", null, true)]
    [InlineData("fr", "es", false)]
    public async Task An_offer_for_an_offline_neighbor_who_speaks_none_of_the_asked_languages_is_not_a_match(string rosaSpeaks, string? caiSpeaks, bool matches)
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ana = await app.SignedInAsync(Person.Ana);
        if (caiSpeaks is not null)
        {
            await cai.SaySpeaksAsync(caiSpeaks);
        }

        var rosa = await app.AddOfflineNeighborAsync(cai, hood, speaks: rosaSpeaks);
        var offer = await app.PostForAsync(cai, rosa, "Offer", "Soup on Sundays");
        var need = await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", asksLanguage: "es");

        Assert.Equal(matches ? [(need, offer)] : [], await MatchesAsync(app));
    }

    [Theory]
    [InlineData("pt", true)]
    [InlineData(null, false)]
    public async Task A_post_for_an_offline_neighbor_that_asks_for_portuguese_matches_offers_by_speakers_of_it(string? benSpeaks, bool matches)
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ben = await app.SignedInAsync(Person.Ben);
        if (benSpeaks is not null)
        {
            await ben.SaySpeaksAsync(benSpeaks);
        }

        var rosa = await app.AddOfflineNeighborAsync(cai, hood, speaks: "pt");
        var offer = await app.PostThroughFormAsync(ben, "Offer", "Soup on Sundays");
        var need = await app.PostForAsync(cai, rosa, "Need", "Soup for a sick household", asksLanguage: "pt");

        Assert.Equal(matches ? [(need, offer)] : [], await MatchesAsync(app));
    }

    [Fact]
    public async Task Speaks_my_language_and_the_post_follow_the_offline_neighbors_languages_when_the_coordinator_edits_them()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var ben = await app.SignedInAsync(Person.Ben);
        await ben.SaySpeaksAsync("ar");
        var rosa = await app.AddOfflineNeighborAsync(cai, hood, speaks: "ar");
        var forRosa = await app.PostForAsync(cai, rosa, "Need", "Soup for Rosa's household");
        await app.PostThroughFormAsync(cai, "Offer", "Spare wool");

        var filtered = await ben.GetPageAsync("/?speaks=true");
        Assert.Contains("Soup for Rosa", filtered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Spare wool", filtered.Text, StringComparison.Ordinal);
        Assert.Contains("Arabic", (await ben.GetPageAsync($"/Posts/{forRosa}")).Text, StringComparison.Ordinal);

        var edit = await cai.GetPageAsync($"/Coordinate/Edit?id={rosa}");
        var form = edit.Document.QuerySelector("main form[method=post]")!;
        Assert.NotNull(form.QuerySelector("input[name='Input.SpokenLanguages'][value='ar'][checked]"));
        await cai.SubmitAsync(edit, "main form[method=post]", new() { ["Input.SpokenLanguages"] = "fr" });

        Assert.DoesNotContain("Soup for Rosa", (await ben.GetPageAsync("/?speaks=true")).Text, StringComparison.Ordinal);
        Assert.Equal(["fr"], await app.WithDbAsync(db => db.PostLanguages.Where(l => l.PostId == forRosa).Select(l => l.Code).ToListAsync()));
    }

    [Fact]
    public async Task Match_emails_and_the_introduction_name_the_offline_neighbors_languages_not_the_coordinators()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        await cai.SaySpeaksAsync("fr");
        var ben = await app.SignedInAsync(Person.Ben);
        var rosa = await app.AddOfflineNeighborAsync(cai, hood, speaks: "ar");
        await app.PostThroughFormAsync(ben, "Offer", "Soup on Sundays");
        var need = await app.PostForAsync(cai, rosa, "Need", "Soup for a sick household");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var match = Assert.Single(app.Mail.To("ben@example.org"), m => m.TextBody?.Contains("Soup for a sick household", StringComparison.Ordinal) == true);
        Assert.Contains("Speaks: Arabic.", match.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("French", match.TextBody, StringComparison.Ordinal);

        await ben.AnswerAsync(need, "I make a big pot anyway");
        await cai.PressAsync(need, "Accept", await app.AnswerIdAsync("I make a big pot anyway"));
        await app.DeliverEmailAsync();
        var introduction = Assert.Single(app.Mail.To("ben@example.org"), m => m.Subject == "Cai will put you in touch");
        Assert.Contains("The neighbor speaks: Arabic", introduction.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_not_on_the_list_is_told_at_the_field_with_the_form_kept_and_nothing_saved()
    {
        await using var app = new MutualAidApp();
        var hood = await app.AddNeighborhoodAsync();
        var cai = await app.SignedInCoordinatorAsync(Person.Cai);
        var form = await cai.GetPageAsync("/Coordinate/Edit");

        var page = await cai.SubmitForPageAsync(form, "main form[method=post]", new()
        {
            ["Input.Name"] = "Rosa",
            ["Input.ReachBy"] = "Her grandson Luis",
            ["Input.NeighborhoodId"] = hood.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.SpokenLanguages"] = "klingon",
        });

        Assert.Contains("Choose languages from the list.", page.Document.QuerySelector("[data-valmsg-for='Input.SpokenLanguages']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Her grandson Luis", page.Document.QuerySelector("#Input_ReachBy")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.OfflineNeighbors.CountAsync()));
    }
}
