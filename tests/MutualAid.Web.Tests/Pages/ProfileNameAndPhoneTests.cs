using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

// The name neighbors see and the phone shared with an accepted neighbor are changed on the profile.
public class ProfileNameAndPhoneTests
{
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task A_neighbor_changes_the_name_neighbors_see_and_the_phone_they_share()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var form = await ana.GetPageAsync("/Profile");

        var saved = await ana.SubmitForPageAsync(form, Form, new() { ["Input.DisplayName"] = "  Ana María  ", ["Input.Phone"] = "+34 600 123 456" });

        Assert.Contains("Your profile is saved.", saved.Text, StringComparison.Ordinal);
        Assert.Equal(("Ana María", "+34 600 123 456"), await app.WithDbAsync(db => db.Users.Select(u => Read.Pair(u.DisplayName, u.PhoneNumber!)).SingleAsync()));
    }

    [Theory]
    [InlineData("Input.DisplayName", "", "Tell neighbors what to call you.")]
    [InlineData("Input.DisplayName", "A name far longer than anyone would ever want neighbors to read aloud", "Keep your name to 60 characters or fewer.")]
    [InlineData("Input.Phone", "call me maybe", "That does not look like a phone number.")]
    [InlineData("Input.Phone", "+34 600 123 456 600 123 456 600 123 456", "Keep the phone number to 32 characters or fewer.")]
    public async Task A_bad_name_or_phone_is_told_at_its_field_keeps_what_was_typed_and_saves_nothing(string field, string value, string message)
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var form = await ana.GetPageAsync("/Profile");

        var page = await ana.SubmitForPageAsync(form, Form, new() { [field] = value });

        Assert.Equal(message, page.Document.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent);
        Assert.Equal(value, page.Document.QuerySelector($"[name='{field}']")!.GetAttribute("value") ?? "");
        Assert.Equal(("Ana", (string?)null), await app.WithDbAsync(db => db.Users.Select(u => Read.Pair(u.DisplayName, u.PhoneNumber)).SingleAsync()));
    }
}
