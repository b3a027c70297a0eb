using System.Reflection;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// The post form as a phone without scripts gets it: only the questions for the kind chosen.
public class PostFormKindTests
{
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task The_first_step_asks_only_need_or_offer_with_a_link_to_each_form()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);

        var page = await client.GetPageAsync("/Posts/New");

        Assert.Equal(["/Posts/New?kind=Need", "/Posts/New?kind=Offer"], page.Document.QuerySelectorAll(".kind-choice a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.Document.QuerySelector("#Input_Title"));
    }

    [Fact]
    public async Task A_need_asks_how_soon_and_by_when_and_never_about_standing_offers()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);

        var page = await client.GetPageAsync("/Posts/New?kind=Need");

        var labels = Labels(page);
        Assert.Contains("How soon?", labels);
        Assert.Contains("Needed by (optional)", labels);
        Assert.Contains("How many people do you need?", labels);
        Assert.Contains("How far may help come from? (km)", labels);
        Assert.Null(page.Document.QuerySelector("[name='Input.IsStanding']"));
        Assert.DoesNotContain(labels, l => l.Contains("offer", StringComparison.OrdinalIgnoreCase));
        AssertNoCoordinateBoxes(page);
    }

    [Fact]
    public async Task An_offer_asks_how_many_it_can_help_and_never_about_urgency_or_a_date()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);

        var page = await client.GetPageAsync("/Posts/New?kind=Offer");

        var labels = Labels(page);
        Assert.Contains("How many people can you help?", labels);
        Assert.Contains("How far can you go? (km)", labels);
        Assert.NotNull(page.Document.QuerySelector("[name='Input.IsStanding']"));
        Assert.Null(page.Document.QuerySelector("[name='Input.Urgency']"));
        Assert.Null(page.Document.QuerySelector("[name='Input.NeededBy']"));
        Assert.DoesNotContain(labels, l => l.Contains("need", StringComparison.OrdinalIgnoreCase));
        AssertNoCoordinateBoxes(page);
    }

    [Fact]
    public async Task Editing_an_offer_shows_the_same_short_form_for_its_kind()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var id = await app.PostThroughFormAsync(client, "Offer", "Spare bread", standing: true);

        var page = await client.GetPageAsync($"/Posts/{id}/Edit");

        Assert.Contains("How many people can you help?", Labels(page));
        Assert.Null(page.Document.QuerySelector("[name='Input.Urgency']"));
        Assert.True(page.Document.QuerySelector<IHtmlInputElement>("#Input_IsStanding")!.IsChecked);
        AssertNoCoordinateBoxes(page);
    }

    [Theory]
    [InlineData("en", "Enter how many people.")]
    [InlineData("es", "Escribe cuántas personas.")]
    public async Task An_empty_number_is_explained_with_the_fields_name_in_each_language(string language, string message)
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.SpeaksAsync("ana@example.org", language);
        var client = await app.SignedInClientAsync("ana@example.org");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var form = await client.GetPageAsync("/Posts/New?kind=Offer");

        var page = await client.SubmitForPageAsync(form, Form, PostFormWhereTests.Filled(await app.CategoryIdAsync("Meals"), new() { ["Input.Capacity"] = "" }));

        Assert.Equal(message, page.Document.QuerySelector("[data-valmsg-for='Input.Capacity']")!.TextContent);
        Assert.Equal(message, page.Document.QuerySelector(".error-summary a[href='#Input_Capacity']")!.TextContent);
        Assert.Equal("Soup please", page.Document.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    // An empty box for a number that cannot be null gets the binder's message, which knows the
    // value but not the field; every form's numbers are nullable, each with its own message.
    [Fact]
    public void Every_number_a_form_binds_can_be_left_empty_and_get_its_own_message()
    {
        var numbers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace?.Contains(".Pages", StringComparison.Ordinal) == true || t.Namespace?.Contains(".Areas", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.CanWrite && p.DeclaringType!.Name.Contains("Input", StringComparison.Ordinal))
            .Where(p => IsNumber(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, p => Assert.True(Nullable.GetUnderlyingType(p.PropertyType) is not null, $"{p.DeclaringType!.Name}.{p.Name} cannot be left empty"));
    }

    private static bool IsNumber(Type type) => type == typeof(int) || type == typeof(double) || type == typeof(decimal) || type == typeof(long) || type == typeof(float);

    private static List<string> Labels(HtmlPage page) =>
        page.Document.QuerySelectorAll("main form label, main form legend").Select(l => l.TextContent.Trim()).ToList();

    private static void AssertNoCoordinateBoxes(HtmlPage page)
    {
        Assert.Equal("hidden", page.Document.QuerySelector<IHtmlInputElement>("[name='Input.Latitude']")!.Type);
        Assert.Equal("hidden", page.Document.QuerySelector<IHtmlInputElement>("[name='Input.Longitude']")!.Type);
        Assert.DoesNotContain(Labels(page), l => l.Contains("Latitude", StringComparison.Ordinal));
    }
}
