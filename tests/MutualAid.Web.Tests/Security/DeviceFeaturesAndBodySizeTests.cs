using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Two ways to turn the site against its visitors or itself: a script that slipped into a page
// asking for the camera, the microphone or a USB device (only "use my location" is allowed, and
// only to this site); and forms of megabytes sent to make the app read and hold them (every form
// fits in 64 KB; beyond that the visitor gets a page that says so, never a 500).
public class DeviceFeaturesAndBodySizeTests
{
    private static readonly string[] Pages = ["/", "/Map", "/Profile", "/Posts/New", "/Identity/Account/Login", "/no-such-page"];

    [Fact]
    public async Task Every_page_allows_location_to_this_site_only_and_names_and_refuses_the_other_features()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        foreach (var page in Pages)
        {
            var response = await ana.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
            var policy = response.Headers.GetValues("Permissions-Policy").Single().Split(',')
                .Select(d => d.Trim().Split('=', 2)).ToDictionary(d => d[0], d => d[1]);

            Assert.Equal("(self)", policy["geolocation"]);
            Assert.All(policy.Where(d => d.Key != "geolocation"), d => Assert.Equal("()", d.Value));
            Assert.Superset(new HashSet<string> { "camera", "microphone", "payment", "usb", "display-capture", "fullscreen" }, policy.Keys.ToHashSet());
        }
    }

    [Theory]
    [InlineData("en", "Too much to send")]
    [InlineData("es", "Demasiado para enviar")]
    public async Task A_form_beyond_64_KB_gets_a_page_that_says_so_and_nothing_is_saved(string language, string heading)
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.SpeaksAsync("ana@example.org", language);
        var ana = await app.SignedInClientAsync("ana@example.org");
        var stranger = app.CreateBrowserClient().Prefers(language);

        var post = await ana.SubmitForPageAsync(await ana.GetPageAsync("/Posts/New?kind=Need"), "main form[method=post]",
            new() { ["Input.Title"] = "Spare bread", ["Input.Details"] = new string('x', 70_000) });
        var login = await stranger.SubmitForPageAsync(await stranger.GetPageAsync("/Identity/Account/Login"), "main form[method=post]",
            new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = new string('ñ', 12_000) });

        foreach (var page in new[] { post, login })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Response.StatusCode);
            Assert.Equal(heading, page.Document.QuerySelector("main h1")!.TextContent.Trim());
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    [Fact]
    public async Task A_field_too_long_in_a_form_under_the_limit_gets_its_message_and_keeps_the_text()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var details = new string('x', 20_000);

        var page = await ana.SubmitForPageAsync(await ana.GetPageAsync("/Posts/New?kind=Need"), "main form[method=post]",
            new() { ["Input.Title"] = "Spare bread", ["Input.Details"] = details });

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("[data-valmsg-for='Input.Details']")!.TextContent));
        Assert.Equal(details, page.Document.QuerySelector("textarea[name='Input.Details']")!.TextContent);
    }

    [Fact]
    public async Task On_a_real_server_a_body_of_a_megabyte_is_refused_with_or_without_its_length()
    {
        await using var app = new MutualAidApp();
        var server = app.StartOnKestrel();
        await app.AddNeighborAsync(Person.Ana);
        var ana = await RealServer.SignedInRealClientAsync(server, "ana@example.org");
        var form = await ana.GetPageAsync("/Posts/New?kind=Need");
        var token = form.Document.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Title=Bread&Input.Details={new string('x', 1_000_000)}";

        using var withLength = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        var told = await ana.PostAsync(new Uri("/Posts/New", UriKind.Relative), withLength, TestContext.Current.CancellationToken);
        using var withoutLength = new UnknownLengthContent(body);
        var untold = await ana.PostAsync(new Uri("/Posts/New", UriKind.Relative), withoutLength, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, told.StatusCode);
        Assert.Contains(untold.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
    }

    // Sent in chunks, as a client that does not say the length beforehand would.
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(string body)
        {
            bytes = Encoding.ASCII.GetBytes(body);
            Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
