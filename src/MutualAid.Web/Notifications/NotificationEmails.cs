using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

public sealed record MatchItem(string YourTitle, PostKind OtherKind, int OtherPostId, string OtherTitle, string Category, DistanceBand Band);

public sealed record NearbyNeed(int PostId, string Title, string Category, DistanceBand Band);

public sealed record Recipient(string Id, string Email, string DisplayName, string Language);

// Writes notification emails in plain words, as text and HTML, in the recipient's language. They
// carry titles, categories and distance bands only: never a location, an email address or a
// phone number of anyone.
public sealed class NotificationEmails(EmailLinks links, Labels labels, IStringLocalizer<NotificationEmails> text)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public EmailMessage Matches(Recipient to, IReadOnlyList<MatchItem> matches)
    {
        using var _ = CultureScope.Of(to.Language);
        var subject = matches.Count == 1
            ? text["A match nearby: {0}", matches[0].OtherTitle]
            : text["{0} matches nearby for your posts", matches.Count];
        var why = text["You get this email because you asked to hear at once when a post near you matches yours."];
        return Compose(to, subject, [text["These posts near you match yours:"]], MatchLines(matches), why);
    }

    public EmailMessage Digest(Recipient to, IReadOnlyList<MatchItem> matches, IReadOnlyList<NearbyNeed> needs)
    {
        using var _ = CultureScope.Of(to.Language);
        var lines = new List<(string Text, string Url)>();
        lines.AddRange(MatchLines(matches));
        lines.AddRange(needs.Select(n => (
            (string)text["New need: {0} ({1}, {2})", n.Title, labels.Category(n.Category), labels.Away(n.Band)],
            links.Post(n.PostId))));
        var why = text["You get this email because you chose a daily digest of matches and new needs near you."];
        return Compose(to, text["Today near you on MutualAid"], [text["Here is what happened near you today:"]], lines, why);
    }

    // Listed eagerly, so every line is written while the recipient's language is in force.
    private List<(string Text, string Url)> MatchLines(IEnumerable<MatchItem> matches) =>
        matches.Select(m => (
            (string)text["{0}: {1} ({2}, {3}), matching your post “{4}”",
                labels.Kind(m.OtherKind), m.OtherTitle, labels.Category(m.Category), labels.Away(m.Band), m.YourTitle],
            links.Post(m.OtherPostId))).ToList();

    // Every notification has the same frame: a greeting, what happened, links to act, why it was
    // sent, and how to change or stop it. Callers write the rest in the recipient's language too.
    public EmailMessage Compose(Recipient to, string subject, IEnumerable<string> paragraphs, IEnumerable<(string Text, string Url)> lines, string why)
    {
        using var _ = CultureScope.Of(to.Language);
        var unsubscribe = links.Unsubscribe(to.Id);
        string hello = text["Hello {0},", to.DisplayName];
        var body = new StringBuilder().Append(hello).Append("\n\n");
        var html = new StringBuilder().Append("<p>").Append(Html.Encode(hello)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            body.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(line => Html.Encode(line)))).Append("</p>");
        }

        html.Append("<ul>");
        foreach (var (line, url) in lines)
        {
            body.Append("- ").Append(line).Append('\n').Append("  ").Append(url).Append("\n\n");
            html.Append("<li><a href=\"").Append(Html.Encode(url)).Append("\">").Append(Html.Encode(line)).Append("</a></li>");
        }

        AppendFooter(body, html, why, unsubscribe);
        return new EmailMessage(to.Email, subject, body.ToString(), html.ToString(), unsubscribe);
    }

    private void AppendFooter(StringBuilder body, StringBuilder html, string why, string unsubscribe)
    {
        body.Append(text["Everything you have to act on: {0}", links.Mine()]).Append("\n\n")
            .Append(why).Append('\n')
            .Append(text["Change how often we write: {0}", links.Settings()]).Append('\n')
            .Append(text["Stop these emails: {0}", unsubscribe]).Append('\n');
        html.Append("</ul><p>").Append(Link(links.Mine(), text["Everything you have to act on"])).Append(".</p>")
            .Append("<p style=\"color:#505a5f\">").Append(Html.Encode(why)).Append(' ')
            .Append(string.Format(CultureInfo.CurrentCulture, Html.Encode(text["{0} or {1}."]), Link(links.Settings(), text["Change how often we write"]), Link(unsubscribe, text["stop these emails"])))
            .Append("</p>");
    }

    private static string Link(string url, string words) => $"<a href=\"{Html.Encode(url)}\">{Html.Encode(words)}</a>";
}
