using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Localization;

// A category or neighborhood is read in the reader's language, with the name a steward gave it
// there, or its English name where it has none. Ana is a steward; Lucía reads Spanish, Ben English.
public class NamesInLanguagesTests
{
    private static readonly string[] SixCategories = ["Meals", "Clothing", "Pet care", "Childcare", "Other", "Meals"];

    private static async Task<(MutualAidApp App, HttpClient Ana, HttpClient Lucia, HttpClient Ben)> NeighborsAsync()
    {
        var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.AnaHome);
        await app.AddNeighborAsync(Person.Ben);
        await app.MakeStewardAsync("ana@example.org");
        await app.SpeaksAsync("lucia@example.org", "es");
        return (app, await app.SignedInClientAsync("ana@example.org"),
            (await app.SignedInClientAsync("lucia@example.org")).Prefers("es"), await app.SignedInClientAsync("ben@example.org"));
    }

    private static async Task<HtmlPage> SaveCategoryAsync(MutualAidApp app, HttpClient steward, string? editing, string english, string spanish)
    {
        var address = editing is null ? "/Moderation/Categories" : $"/Moderation/Categories?edit={await app.CategoryIdAsync(editing)}";
        var form = await steward.GetPageAsync(address);
        return await steward.SubmitForPageAsync(form, "main form[method=post]:not(.inline-form)", new() { ["Input.Name"] = english, ["Input.NameIn[es]"] = spanish });
    }

    private static string CategoryChoices(HtmlPage page, string select) =>
        string.Join("|", page.Document.QuerySelectorAll($"{select} option").Select(o => o.TextContent.Trim()));

    [Fact]
    public async Task A_Spanish_reader_sees_the_Spanish_name_a_steward_gave_in_the_filters_the_post_and_the_post_form()
    {
        var (app, ana, lucia, ben) = await NeighborsAsync();
        await using var _ = app;
        await SaveCategoryAsync(app, ana, "Meals", "Meals", "Comida casera");
        var postId = await app.PostThroughFormAsync(ben, "Need", "Soup for a sick household");

        var browse = await lucia.GetPageAsync("/");
        var post = await lucia.GetPageAsync($"/Posts/{postId}");
        var form = await lucia.GetPageAsync("/Posts/New?kind=Need");
        var english = await ben.GetPageAsync("/");

        Assert.Contains("|Comida casera|", CategoryChoices(browse, "#category"), StringComparison.Ordinal);
        Assert.Contains(browse.Document.QuerySelectorAll("main .post-card .meta"), m => m.TextContent.Contains("Comida casera", StringComparison.Ordinal));
        Assert.Contains("Comida casera", post.Document.QuerySelector("main .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("|Comida casera|", CategoryChoices(form, "#Input_CategoryId"), StringComparison.Ordinal);
        Assert.Contains("|Meals|", CategoryChoices(english, "#category"), StringComparison.Ordinal);
        Assert.DoesNotContain("Comida casera", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_and_help_emails_name_the_category_in_each_recipients_language()
    {
        var (app, ana, lucia, ben) = await NeighborsAsync();
        await using var _ = app;
        await SaveCategoryAsync(app, ana, "Meals", "Meals", "Comida casera");
        await app.SayCanHelpAsync(lucia, "Meals", 5);
        await app.PostThroughFormAsync(lucia, "Offer", "Olla grande de lentejas");
        await app.PostThroughFormAsync(ben, "Need", "Soup for a sick household");
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"));
        var toBen = Assert.Single(app.Mail.To("ben@example.org"));
        Assert.Contains("(Comida casera, a ", toLucia.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Meals", toLucia.TextBody + toLucia.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("(Meals, ", toBen.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_you_said_you_could_help_line_names_the_category_in_Spanish()
    {
        var (app, ana, lucia, ben) = await NeighborsAsync();
        await using var _ = app;
        await SaveCategoryAsync(app, ana, "Meals", "Meals", "Comida casera");
        await app.SayCanHelpAsync(lucia, "Meals", 5);
        await app.PostThroughFormAsync(ben, "Need", "Soup for a sick household");
        await app.DeliverEmailAsync();

        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"));
        Assert.Contains("Dijiste que podrías ayudar con Comida casera a menos de", toLucia.TextBody, StringComparison.Ordinal);
        var settings = await lucia.GetPageAsync("/Profile/Notifications");
        Assert.Contains("Comida casera", settings.Text, StringComparison.Ordinal);
        var helping = await lucia.GetPageAsync("/Profile/Helping");
        Assert.Contains("Comida casera", helping.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_no_Spanish_reads_in_English_and_the_seeded_ones_read_in_Spanish()
    {
        var (app, ana, lucia, _) = await NeighborsAsync();
        await using var __ = app;
        await SaveCategoryAsync(app, ana, null, "Bike repairs", "");

        var choices = CategoryChoices(await lucia.GetPageAsync("/"), "#category");

        Assert.Contains("|Bike repairs", choices, StringComparison.Ordinal);
        Assert.StartsWith("Cualquier categoría|Comida y compras|Comidas|", choices, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Categories.Where(c => c.Name == "Bike repairs").SelectMany(c => c.Names).CountAsync()));
    }

    [Fact]
    public async Task A_neighborhood_reads_in_the_readers_language_in_the_browse_list_and_the_home_form()
    {
        var (app, ana, lucia, ben) = await NeighborsAsync();
        await using var _ = app;
        var form = await ana.GetPageAsync("/Moderation/Neighborhoods");
        await ana.SubmitAsync(form, "main form[method=post]", new()
        {
            ["Input.Name"] = "Hilltop",
            ["Input.NameIn[es]"] = "Las Lomas",
            ["Input.Latitude"] = "40.42",
            ["Input.Longitude"] = "-3.7",
            ["Input.RadiusKm"] = "1.5",
        });

        Assert.Contains("Las Lomas", CategoryChoices(await lucia.GetPageAsync("/"), "#near"), StringComparison.Ordinal);
        Assert.Contains("Las Lomas", CategoryChoices(await lucia.GetPageAsync("/Profile"), "#Input_NeighborhoodId"), StringComparison.Ordinal);
        Assert.Contains("Las Lomas", CategoryChoices(await lucia.GetPageAsync("/Posts/New?kind=Need"), "#Input_NeighborhoodId"), StringComparison.Ordinal);
        Assert.Contains("Hilltop", CategoryChoices(await ben.GetPageAsync("/"), "#near"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browse_page_reads_the_names_once_however_many_posts_it_lists_and_the_next_page_not_at_all()
    {
        var sql = new SqlCommandLog();
        await using var app = new MutualAidApp(services: services => services.ConfigureDbContext<Web.Data.AppDbContext>(o => o.AddInterceptors(sql)));
        var ben = await app.AddNeighborAsync(Person.Ben.Email, Person.Ben.Name, Person.Ben.Home);
        foreach (var (category, i) in SixCategories.Select((c, i) => (c, i)))
        {
            await app.AddPostAsync(ben.Id, Web.Posts.PostKind.Need, $"Need {i.ToString(CultureInfo.InvariantCulture)}", TestData.BenHome, category: category);
        }

        var reader = app.CreateBrowserClient().Prefers("es");
        sql.Clear();
        var page = await reader.GetPageAsync("/");
        var readForFirst = sql.Commands.Count(c => c.Contains("\"CategoryNames\"", StringComparison.Ordinal));
        sql.Clear();
        var needs = await reader.GetPageAsync("/?kind=Need");

        Assert.Equal(6, page.Document.QuerySelectorAll("main .post-card").Length);
        Assert.Equal(1, readForFirst);
        Assert.Equal(6, needs.Document.QuerySelectorAll("main .post-card").Length);
        Assert.Equal(0, sql.Commands.Count(c => c.Contains("\"CategoryNames\"", StringComparison.Ordinal)));
    }
}
