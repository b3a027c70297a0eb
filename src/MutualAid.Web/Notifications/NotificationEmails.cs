using System.Text;
using System.Text.Encodings.Web;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

public sealed record MatchItem(string YourTitle, PostKind OtherKind, int OtherPostId, string OtherTitle, string Category, DistanceBand Band);

public sealed record NearbyNeed(int PostId, string Title, string Category, DistanceBand Band);

public sealed record Recipient(string Id, string Email, string DisplayName);

// Writes notification emails in plain words, as text and HTML. They carry titles, categories and
// distance bands only: never a location, an email address or a phone number of anyone.
public sealed class NotificationEmails(EmailLinks links)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public EmailMessage Matches(Recipient to, IReadOnlyList<MatchItem> matches)
    {
        var subject = matches.Count == 1
            ? $"A match nearby: {matches[0].OtherTitle}"
            : $"{matches.Count} matches nearby for your posts";
        var why = "You get this email because you asked to hear at once when a post near you matches yours.";
        return Compose(to, subject, ["These posts near you match yours:"], MatchLines(matches), why);
    }

    public EmailMessage Digest(Recipient to, IReadOnlyList<MatchItem> matches, IReadOnlyList<NearbyNeed> needs)
    {
        var lines = new List<(string Text, string Url)>();
        lines.AddRange(MatchLines(matches));
        lines.AddRange(needs.Select(n => ($"New need: {n.Title} ({n.Category}, {n.Band.Label()} away)", links.Post(n.PostId))));
        var why = "You get this email because you chose a daily digest of matches and new needs near you.";
        return Compose(to, "Today near you on MutualAid", ["Here is what happened near you today:"], lines, why);
    }

    private IEnumerable<(string Text, string Url)> MatchLines(IEnumerable<MatchItem> matches) =>
        matches.Select(m => (
            $"{(m.OtherKind == PostKind.Offer ? "Offer" : "Need")}: {m.OtherTitle} ({m.Category}, {m.Band.Label()} away), matching your post “{m.YourTitle}”",
            links.Post(m.OtherPostId)));

    // Every notification has the same frame: a greeting, what happened, links to act, why it was
    // sent, and how to change or stop it.
    public EmailMessage Compose(Recipient to, string subject, IEnumerable<string> paragraphs, IEnumerable<(string Text, string Url)> lines, string why)
    {
        var unsubscribe = links.Unsubscribe(to.Id);
        var text = new StringBuilder().Append("Hello ").Append(to.DisplayName).Append(",\n\n");
        var html = new StringBuilder().Append("<p>Hello ").Append(Html.Encode(to.DisplayName)).Append(",</p>");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(line => Html.Encode(line)))).Append("</p>");
        }

        html.Append("<ul>");
        foreach (var (line, url) in lines)
        {
            text.Append("- ").Append(line).Append('\n').Append("  ").Append(url).Append("\n\n");
            html.Append("<li><a href=\"").Append(Html.Encode(url)).Append("\">").Append(Html.Encode(line)).Append("</a></li>");
        }

        text.Append("Everything you have to act on: ").Append(links.Mine()).Append("\n\n")
            .Append(why).Append('\n')
            .Append("Change how often we write: ").Append(links.Settings()).Append('\n')
            .Append("Stop these emails: ").Append(unsubscribe).Append('\n');
        html.Append("</ul><p><a href=\"").Append(Html.Encode(links.Mine())).Append("\">Everything you have to act on</a>.</p>")
            .Append("<p style=\"color:#505a5f\">").Append(Html.Encode(why)).Append(" <a href=\"").Append(Html.Encode(links.Settings()))
            .Append("\">Change how often we write</a> or <a href=\"").Append(Html.Encode(unsubscribe)).Append("\">stop these emails</a>.</p>");
        return new EmailMessage(to.Email, subject, text.ToString(), html.ToString(), unsubscribe);
    }
}
