using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// Languages on the profile and the post form, on the post's page, and browse's "speaks my language".
public class SharedLanguagePagesTests
{
    [Fact]
    public async Task Languages_are_listed_by_name_in_the_readers_language_and_shown_on_the_authors_posts()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        var saved = await ana.SaySpeaksAsync("ar");
        var post = await app.PostThroughFormAsync(ana, "Need", "Someone to read a letter with me", asksLanguage: "ar");

        Assert.Contains("Your profile is saved.", saved.Text, StringComparison.Ordinal);
        var english = await ana.GetPageAsync("/Profile");
        Assert.True(english.Document.QuerySelector("input[name='Input.SpokenLanguages'][value='ar']")!.HasAttribute("checked"));
        Assert.Contains("Arabic (العربية)", english.Text, StringComparison.Ordinal);
        var spanish = await app.CreateBrowserClient().Prefers("es").GetPageAsync($"/Posts/{post}");
        var facts = spanish.Document.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Habla", facts, StringComparison.Ordinal);
        Assert.Contains("Necesita a alguien que hable", facts, StringComparison.Ordinal);
        Assert.Contains("Árabe", facts, StringComparison.Ordinal);
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.BenHome);
        await app.SpeaksAsync("lucia@example.org", "es");
        var spanishForm = await (await app.SignedInClientAsync("lucia@example.org")).Prefers("es").GetPageAsync("/Posts/New?kind=Offer");
        Assert.Contains("Español", spanishForm.Text, StringComparison.Ordinal);
        Assert.Contains("Árabe (العربية)", spanishForm.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Posts/New?kind=Need", "Input.AskedLanguages")]
    [InlineData("/Profile", "Input.SpokenLanguages")]
    public async Task A_language_not_on_the_list_is_told_at_the_field_keeps_what_was_typed_and_saves_nothing(string url, string field)
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var form = await ana.GetPageAsync(url);
        var values = new Dictionary<string, string> { [field] = "xx" };
        if (url.StartsWith("/Posts", StringComparison.Ordinal))
        {
            values["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(System.Globalization.CultureInfo.InvariantCulture);
            values["Input.Title"] = "Soup please";
        }

        var page = await ana.SubmitForPageAsync(form, "main form[method=post]", values);

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Choose languages from the list.", page.Document.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        Assert.Empty(await app.WithDbAsync(db => db.Users.Select(u => u.SpokenLanguages).SingleAsync()));
        if (url.StartsWith("/Posts", StringComparison.Ordinal))
        {
            Assert.Equal("Soup please", page.Document.QuerySelector("[name='Input.Title']")!.GetAttribute("value"));
        }
    }

    // Ana speaks Spanish. Ben speaks Spanish and asks for nothing; Cai asks for Spanish and lists
    // nothing; Sam speaks French. "Speaks my language" shows Ana Ben's and Cai's posts only.
    [Fact]
    public async Task Speaks_my_language_shows_posts_whose_author_speaks_or_that_ask_for_one_of_mine()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var cai = await app.SignedInAsync(Person.Cai);
        var sam = await app.SignedInAsync(Person.Sam);
        await ana.SaySpeaksAsync("es");
        await app.PostThroughFormAsync(ben, "Offer", "Bens bread");
        await ben.SaySpeaksAsync("es");
        await app.PostThroughFormAsync(cai, "Need", "Cais letter", asksLanguage: "es");
        await sam.SaySpeaksAsync("fr");
        await app.PostThroughFormAsync(sam, "Need", "Sams soup");

        var filtered = await ana.GetPageAsync("/?speaks=true");
        var signedOut = await app.CreateBrowserClient().GetPageAsync("/?speaks=true");

        Assert.Contains("Bens bread", filtered.Text, StringComparison.Ordinal);
        Assert.Contains("Cais letter", filtered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sams soup", filtered.Text, StringComparison.Ordinal);
        Assert.True(filtered.Document.QuerySelector("#speaks")!.HasAttribute("checked"));
        Assert.Contains("Sams soup", signedOut.Text, StringComparison.Ordinal);
        Assert.Null(signedOut.Document.QuerySelector("#speaks"));
    }

    // At 100,000 posts the filter must not read every post's languages: the list walks its
    // newest-first index and asks the (PostId, Code) key of PostLanguages for each post.
    [SqliteOnlyFact]
    public async Task Speaks_my_language_looks_each_post_up_in_the_languages_key_and_sorts_nothing()
    {
        var plans = new QueryPlanLog();
        await using var app = new MutualAidApp(services: services => services
            .ConfigureDbContext<Web.Data.AppDbContext>(options => options.AddInterceptors(plans)));
        var ana = await app.SignedInAsync(Person.Ana);
        await ana.SaySpeaksAsync("es");
        await app.PostThroughFormAsync(ana, "Need", "Soup for a sick household", asksLanguage: "es");

        var page = await ana.GetPageAsync("/?speaks=true");

        Assert.Contains("Soup for a sick household", page.Text, StringComparison.Ordinal);
        var listPlan = plans.Plans.Last(p => p.Sql.Contains("PostLanguages", StringComparison.Ordinal) && p.Sql.Contains("ORDER BY", StringComparison.Ordinal)).Plan;
        Assert.DoesNotContain("TEMP B-TREE FOR ORDER BY", listPlan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN p0", listPlan, StringComparison.Ordinal);
        Assert.Matches("SEARCH (p0|PostLanguages).*(PRIMARY KEY|INDEX)", listPlan);
    }
}
