using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: a neighbor puts line breaks and headers in their display name and their post titles
// ("\r\nBcc: me@evil"), hoping that the emails the app writes about them carry an extra header: a
// hidden copy to the attacker, a forged Reply-To, or a subject that shows a second line.
public class HeaderInjectionTests
{
    private const string Injected = "\r\nBcc: a@x.y\nReply-To: b@x.y\rCc: c@x.y\u0085X-Injected: 1\u2028Bcc: d@x.y\u2029Bcc: e@x.y";
    private static readonly string[] ForbiddenHeaders = ["Bcc", "Cc", "Reply-To", "X-Injected"];
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029\v\f");

    [Fact]
    public async Task Line_breaks_in_names_and_titles_add_no_header_to_any_email()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: new(smtp.Settings) { ["Notifications:DigestHour"] = "18" });
        // As long as a name may be (PostgreSQL holds the column to it); it still carries every header.
        await app.AddNeighborAsync("mallory@example.org", ("Mallory" + Injected)[..Web.Neighbors.Neighbor.DisplayNameMaxLength], TestData.BenHome);
        await app.AddNeighborAsync("vera@example.org", "Vera", TestData.AnaHome);
        var daisy = await app.AddNeighborAsync("daisy@example.org", "Daisy", TestData.AnaHome);
        var meals = await app.CategoryIdAsync("Meals");
        await app.WithDbAsync(async db =>
        {
            var neighbor = await db.Users.SingleAsync(u => u.Id == daisy.Id);
            neighbor.Notifications = NotificationMode.DailyDigest;
            neighbor.HelpCategoryIds = [meals];
            neighbor.HelpDistanceKm = 5;
            return await db.SaveChangesAsync();
        });
        var mallory = await app.SignedInClientAsync("mallory@example.org");
        var vera = await app.SignedInClientAsync("vera@example.org");

        var needId = await app.PostThroughFormAsync(vera, "Need", "Soup for a sick household");
        await app.PostThroughFormAsync(mallory, "Offer", "Soup" + Injected);
        await app.PostThroughFormAsync(mallory, "Need", "Bread" + Injected);
        await mallory.AnswerAsync(needId, "I can bring some.");
        await app.DeliverEmailAsync();
        var answerId = await app.WithDbAsync(db => db.Answers.Where(a => a.PostId == needId).Select(a => a.Id).SingleAsync());
        await vera.PressAsync(needId, "Accept", answerId.ToString(CultureInfo.InvariantCulture));
        var stranger = app.CreateBrowserClient();
        var forgot = await stranger.GetPageAsync("/Identity/Account/ForgotPassword");
        await stranger.SubmitAsync(forgot, "main form[method=post]", new() { ["Input.Email"] = "mallory@example.org" });
        app.Clock.Advance(TimeSpan.FromHours(10));
        await app.DeliverEmailAsync();
        app.Clock.Advance(TimeSpan.FromDays(27));
        await app.DeliverEmailAsync();

        var subjects = smtp.Received.Select(m => m.Subject ?? "").ToList();
        Assert.Contains(subjects, s => s.StartsWith("A match nearby", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("answered", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.StartsWith("You are in touch with Mallory", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.StartsWith("Today near you", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.StartsWith("Choose a new password", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("closes in 3 days", StringComparison.Ordinal));
        foreach (var email in smtp.Raw)
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(email.Data)), TestContext.Current.CancellationToken);
            var to = Assert.Single(message.To.Mailboxes).Address;
            Assert.Equal([to], email.EnvelopeTo);
            Assert.DoesNotContain(message.Headers, h => ForbiddenHeaders.Contains(h.Field, StringComparer.OrdinalIgnoreCase));
            Assert.DoesNotContain(HeaderLines(email.Data), line => ForbiddenHeaders.Any(h => line.StartsWith(h + ":", StringComparison.OrdinalIgnoreCase)));
            Assert.True((message.Subject ?? "").AsSpan().IndexOfAny(LineBreaks) < 0, $"The subject “{message.Subject}” holds a line break.");
        }
    }

    private static string[] HeaderLines(string raw) =>
        raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")[0].Split('\n');
}
