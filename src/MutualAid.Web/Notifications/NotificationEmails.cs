using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

public sealed record MatchItem(string YourTitle, PostKind OtherKind, int OtherPostId, string OtherTitle, string Category, DistanceBand Band);

public sealed record NearbyNeed(int PostId, string Title, string Category, DistanceBand Band);

// The words of match emails and daily digests. They carry titles, categories and distance bands
// only: never a location, an email address or a phone number of anyone.
public sealed class NotificationEmails(EmailComposer composer, EmailLinks links, Labels labels, IStringLocalizer<NotificationEmails> text)
{
    // Several of the reader's posts can match the same post: it is listed once, by its first match.
    public EmailMessage Matches(Recipient to, IReadOnlyList<MatchItem> all)
    {
        var matches = OnePerPost(all);
        return composer.Update(to, () => new(
            matches.Count == 1 ? text["A match nearby: {0}", matches[0].OtherTitle] : text["{0} matches nearby for your posts", matches.Count],
            [text["These posts near you match yours:"]],
            [.. MatchLines(matches)],
            text["You get this email because you asked to hear at once when a post near you matches yours."]));
    }

    public EmailMessage Digest(Recipient to, IReadOnlyList<MatchItem> matches, IReadOnlyList<NearbyNeed> needs) =>
        composer.Update(to, () => new(
            text["Today near you on MutualAid"],
            [text["Here is what happened near you today:"]],
            [.. MatchLines(matches), .. needs.Select(n => new EmailLink(
                text["New need: {0} ({1}, {2})", n.Title, labels.Category(n.Category), labels.Away(n.Band)], links.Post(n.PostId)))],
            text["You get this email because you chose a daily digest of matches and new needs near you."]));

    private static List<MatchItem> OnePerPost(IEnumerable<MatchItem> matches) => matches.DistinctBy(m => m.OtherPostId).ToList();

    private IEnumerable<EmailLink> MatchLines(IEnumerable<MatchItem> matches) =>
        OnePerPost(matches).Select(m => new EmailLink(
            text["{0}: {1} ({2}, {3}), matching your post “{4}”",
                labels.Kind(m.OtherKind), m.OtherTitle, labels.Category(m.Category), labels.Away(m.Band), m.YourTitle],
            links.Post(m.OtherPostId)));
}
