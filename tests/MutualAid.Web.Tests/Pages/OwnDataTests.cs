using System.Globalization;
using System.Text.Json;
using MutualAid.Web.Tests.Infrastructure;
using MutualAid.Web.Tests.Security;

namespace MutualAid.Web.Tests.Pages;

// "Your data": everything the site holds about a neighbor, as a page and as a JSON file, and of
// other neighbors nothing beyond the names their pages already showed.
public class OwnDataTests
{
    [Fact]
    public async Task The_download_holds_her_account_posts_answers_messages_thanks_reports_blocks_and_emails()
    {
        await using var app = new MutualAidApp();
        var departure = await Departure.LivedAsync(app);

        var response = await departure.Zuleika.GetAsync("/Profile/Data?handler=Json", TestContext.Current.CancellationToken);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var data = json.RootElement;
        var account = data.GetProperty("account");
        Assert.Equal(Departure.Person.Email, account.GetProperty("email").GetString());
        Assert.Equal("Zuleika", account.GetProperty("displayName").GetString());
        Assert.Equal(Departure.Phone, account.GetProperty("phone").GetString());
        Assert.Equal(Departure.Person.Home.Latitude, account.GetProperty("homeLatitude").GetDouble());
        Assert.True(account.GetProperty("isSteward").GetBoolean());
        Assert.Equal(["Help moving a sofa", "Spare jam jars"], Titles(data, "posts", "title"));
        Assert.Equal("Ana", data.GetProperty("answersGiven")[0].GetProperty("neighbor").GetString());
        Assert.Equal("Ben", data.GetProperty("answersReceived")[0].GetProperty("neighbor").GetString());
        Assert.Contains("See you at 5, Zuleika", Titles(data, "messages", "text"));
        Assert.Contains("Thank you Zuleika, lovely sofa", Titles(data, "thanksReceived", "message"));
        Assert.Contains("Thanks, Ben!", Titles(data, "thanksGiven", "message"));
        Assert.Equal(["Cai"], Titles(data, "blocksMade", "neighbor"));
        Assert.NotEmpty(Titles(data, "emails", "subject"));
        Assert.Single(data.GetProperty("failedLogIns").EnumerateArray());
    }

    [Fact]
    public async Task Another_neighbors_address_phone_and_home_never_appear_outside_the_emails_sent_to_her()
    {
        await using var app = new MutualAidApp();
        var departure = await Departure.LivedAsync(app);

        // Ana's export names Zuleika, whose answer she accepted, and keeps the words Zuleika wrote to her
        // (her phone among them); Zuleika's address and home stay hers, as do Ben's and Cai's addresses.
        var anas = await departure.Ana.GetStringAsync("/Profile/Data?handler=Json", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(anas);
        var withoutEmails = string.Join("", json.RootElement.EnumerateObject().Where(p => p.Name != "emails").Select(p => p.Value.GetRawText()));

        Assert.Contains("Zuleika", withoutEmails, StringComparison.Ordinal);
        foreach (var secret in new[] { Departure.Person.Email, Departure.Person.Home.Latitude.ToString("R", CultureInfo.InvariantCulture),
            Person.Ben.Email, Person.Cai.Email })
        {
            Assert.DoesNotContain(secret, withoutEmails, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_page_shows_the_same_record_in_her_language_and_links_to_the_file()
    {
        await using var app = new MutualAidApp();
        var departure = await Departure.LivedAsync(app);

        var page = await departure.Zuleika.GetPageAsync("/Profile/Data");

        Assert.Contains(Departure.Phone, page.Text, StringComparison.Ordinal);
        Assert.Contains("Help moving a sofa", page.Text, StringComparison.Ordinal);
        Assert.Contains("Thank you Zuleika, lovely sofa", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/Profile/Data?handler=Json'][download]"));
        Assert.NotNull((await departure.Zuleika.GetPageAsync("/Profile")).Document.QuerySelector("a[href='/Profile/Data']"));
    }

    private static List<string?> Titles(JsonElement data, string list, string field) =>
        data.GetProperty(list).EnumerateArray().Select(item => item.GetProperty(field).GetString()).ToList();
}
