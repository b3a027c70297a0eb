using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class HelpingPageTests
{
    [Theory]
    [InlineData("/Posts/New", "/Posts/New")]
    [InlineData("https://evil.example/phish", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    public async Task Save_and_skip_go_on_to_a_local_return_address_only(string returnUrl, string expected)
    {
        await using var app = new MutualAidApp();
        var ben = await app.SignedInAsync(Person.Ben);

        var page = await ben.GetPageAsync($"/Profile/Helping?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var response = await app.SayCanHelpAsync(ben, "Meals", 1, returnUrl: returnUrl);

        Assert.Equal(expected, page.Document.QuerySelector("main .actions a")!.GetAttribute("href"));
        Assert.Equal(expected, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("localhost", response.RequestMessage.RequestUri.Host);
    }

    [Fact]
    public async Task The_page_says_the_default_and_keeps_what_was_chosen()
    {
        await using var app = new MutualAidApp();
        var ben = await app.SignedInAsync(Person.Ben);

        var before = await ben.GetPageAsync("/Profile/Helping");
        await app.SayCanHelpAsync(ben, "Childcare", 5, mode: "DailyDigest");
        var after = await ben.GetPageAsync("/Profile/Helping");
        var settings = await ben.GetPageAsync("/Profile/Notifications");

        Assert.Contains("Unless you choose otherwise, we email you at once", before.Text, StringComparison.Ordinal);
        Assert.NotNull(before.Document.QuerySelector("input#mode-instant[checked]"));
        Assert.NotNull(after.Document.QuerySelector("input#mode-digest[checked]"));
        Assert.NotNull(after.Document.QuerySelector("input[name='Input.DistanceKm'][value='5'][checked]"));
        Assert.Contains("You said you could help with Childcare within 5 km.", settings.Text, StringComparison.Ordinal);
        Assert.NotNull(settings.Document.QuerySelector("input#mode-digest[checked]"));
    }

    [Fact]
    public async Task A_made_up_distance_or_mode_is_refused_at_the_field_and_nothing_is_saved()
    {
        await using var app = new MutualAidApp();
        var ben = await app.SignedInAsync(Person.Ben);
        var page = await ben.GetPageAsync("/Profile/Helping");

        var refused = await ben.SubmitForPageAsync(page, "main form[method=post]", new()
        {
            ["Input.CategoryIds"] = (await app.CategoryIdAsync("Meals")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.DistanceKm"] = "0.01",
            ["Input.Mode"] = "Loud",
        });

        Assert.Contains("Choose how far you could go.", refused.Text, StringComparison.Ordinal);
        Assert.NotNull(refused.Document.QuerySelector("#Input_Mode .field-error:not(:empty)"));
        Assert.Contains("you have not said what you could help with", (await ben.GetPageAsync("/Matches")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_without_posts_show_what_you_can_help_with_or_invite_you_to_say()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household");

        var before = await ben.GetPageAsync("/Matches");
        await app.SayCanHelpAsync(ben, "Meals", 2);
        var after = await ben.GetPageAsync("/Matches");

        Assert.NotNull(before.Document.QuerySelector("a[href='/Profile/Helping']"));
        Assert.DoesNotContain("Soup for a sick household", before.Text, StringComparison.Ordinal);
        Assert.Contains("What you can help with nearby", after.Text, StringComparison.Ordinal);
        Assert.Contains("Soup for a sick household", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("You have no open posts.", after.Text, StringComparison.Ordinal);
    }
}
