using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class BadInputTests
{
    private const string Form = "form[method=post]:not(.inline-form)";

    public static TheoryData<string, string, string> BadPostFields => new()
    {
        { "Input.Title", "", "Give your post a short title." },
        { "Input.Title", new string('t', 121), "Keep the title to 120 characters or fewer." },
        // A form beyond 64 KB gets the "too much to send" page instead (DeviceFeaturesAndBodySizeTests).
        { "Input.Details", new string('d', 40_000), "Keep the details to 4000 characters or fewer." },
        { "Input.RadiusKm", "-5", "Choose a distance between 0.1 and 50 km." },
        { "Input.RadiusKm", "lots", "“lots” is not a valid Distance." },
        { "Input.NeededBy", "1900-01-01", "Choose a date from today to a year from now." },
        { "Input.CategoryId", "99999", "Choose a category from the list." },
        { "Input.Urgency", "42", "“42” is not one of the choices here." },
    };

    [Theory]
    [MemberData(nameof(BadPostFields))]
    public async Task Bad_post_input_is_explained_beside_the_field_keeps_the_form_and_saves_nothing(string field, string value, string message)
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var values = ValidPost(await app.CategoryIdAsync("Meals"));
        values[field] = value;

        var page = await client.SubmitForPageAsync(form, Form, values);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var fieldId = field.Replace('.', '_');
        var error = page.Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent;
        Assert.Equal(message, error);
        Assert.NotNull(page.Document.QuerySelector($".error-summary a[href='#{fieldId}']"));
        var kept = page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value;
        Assert.Equal(values["Input.Title"], kept);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Theory]
    [InlineData("200", "-3.7", "Latitude must be between -90 and 90.")]
    [InlineData("40.4", "-999", "Longitude must be between -180 and 180.")]
    [InlineData("", "", "Click the map or search for a place, or choose another option.")]
    public async Task A_point_outside_the_world_is_refused(string lat, string lon, string message)
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var values = ValidPost(await app.CategoryIdAsync("Meals"));
        values["Input.Location"] = "Point";
        values["Input.Latitude"] = lat;
        values["Input.Longitude"] = lon;

        var page = await client.SubmitForPageAsync(form, Form, values);

        Assert.Contains(message, page.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task Markup_in_a_post_is_stored_as_typed_and_shown_as_text()
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var values = ValidPost(await app.CategoryIdAsync("Meals"));
        values["Input.Title"] = "<script>alert('x')</script> soup";
        values["Input.Details"] = "<b>bold</b> & <img src=x onerror=alert(1)>";

        var page = await client.SubmitForPageAsync(form, Form, values);
        var browse = await app.CreateBrowserClient().GetPageAsync("/");

        Assert.Equal("<script>alert('x')</script> soup", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("<b>bold</b> & <img src=x onerror=alert(1)>", page.Document.QuerySelector(".details")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main script, main img, main b"));
        Assert.DoesNotContain("<script>alert", browse.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", browse.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_at_sign_up_is_explained_and_the_other_fields_are_kept()
    {
        await using var app = new MutualAidApp();
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/Identity/Account/Register");

        var page = await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.DisplayName"] = "Rosa",
            ["Input.Email"] = "rosa@example.org",
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
        });

        Assert.Contains("Use at least 12 characters", page.Document.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("rosa@example.org", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Email")!.Value);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_long_passphrase_is_welcome_at_sign_up()
    {
        await using var app = new MutualAidApp();
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/Identity/Account/Register");
        var passphrase = string.Join(' ', Enumerable.Repeat("the quiet river bends", 10));

        await client.SubmitAsync(form, Form, new()
        {
            ["Input.DisplayName"] = "Rosa",
            ["Input.Email"] = "rosa@example.org",
            ["Input.Password"] = passphrase,
            ["Input.ConfirmPassword"] = passphrase,
        });

        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("Input.DisplayName", "", "Tell neighbors what to call you.")]
    [InlineData("Input.RadiusKm", "-5", "Choose a distance between 0.1 and 50 km.")]
    [InlineData("Input.Latitude", "200", "Latitude must be between -90 and 90.")]
    [InlineData("Input.Phone", "call me maybe", "That does not look like a phone number.")]
    public async Task Bad_profile_input_is_explained_and_nothing_is_saved(string field, string value, string message)
    {
        await using var app = new MutualAidApp();
        var client = await app.SignedInAsync(Person.Ana);
        var form = await client.GetPageAsync("/Profile");

        var page = await client.SubmitForPageAsync(form, Form, new() { [field] = value, ["Input.Longitude"] = "-3.7" });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(message, page.Text, StringComparison.Ordinal);
        var ana = await app.WithDbAsync(db => db.Users.SingleAsync());
        Assert.Equal("Ana", ana.DisplayName);
        Assert.Equal(TestData.AnaHome.Latitude, ana.HomeLatitude);
    }

    private static Dictionary<string, string> ValidPost(int categoryId) => new()
    {
        ["Input.Kind"] = "Need",
        ["Input.CategoryId"] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Title"] = "Soup please",
        ["Input.Details"] = "",
        ["Input.Location"] = "Home",
        ["Input.RadiusKm"] = "2",
        ["Input.Urgency"] = "Whenever",
    };
}
