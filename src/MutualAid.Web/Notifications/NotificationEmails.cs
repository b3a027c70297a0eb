using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Notifications;

public sealed record MatchItem(string YourTitle, PostKind OtherKind, int OtherPostId, string OtherTitle, LocalizedName Category, DistanceBand Band)
{
    // The languages the other post's author lists (shown on their post too).
    public IReadOnlyList<string> OtherSpeaks { get; init; } = [];
}

public sealed record NearbyNeed(int PostId, string Title, LocalizedName Category, DistanceBand Band);

// New needs that reached a neighbor through what they said they could help with, and how far
// they said they would go: the email says it back to them in those words.
public sealed record HelpNeeds(IReadOnlyList<NearbyNeed> Needs, double ReachKm)
{
    public static HelpNeeds None { get; } = new([], 0);
}

// The words of match emails and daily digests. They carry titles, categories and distance bands
// only: never a location, an email address or a phone number of anyone. A post is listed once,
// however many of the reader's posts (or what they can help with) it matches.
public sealed class NotificationEmails(EmailComposer composer, EmailLinks links, Labels labels, SpokenLanguageNames languages, IStringLocalizer<NotificationEmails> text)
{
    public EmailMessage Matches(Recipient to, IReadOnlyList<MatchItem> all, HelpNeeds help)
    {
        var matches = OnePerPost(all);
        var needs = NotIn(matches, help.Needs);
        return composer.Update(to, () => new(
            Subject(matches, needs),
            [.. matches.Count > 0 ? [text["These posts near you match yours:"].Value] : Array.Empty<string>(), .. needs.Count > 0 ? [YouSaid(needs, help.ReachKm)] : Array.Empty<string>()],
            [.. MatchLines(matches), .. NeedLines(needs)],
            needs.Count > 0 && matches.Count == 0
                ? text["You get this email because you said what you could help with and asked to hear at once."]
                : text["You get this email because you asked to hear at once when a post near you matches yours."]));
    }

    public EmailMessage Digest(Recipient to, IReadOnlyList<MatchItem> all, HelpNeeds help)
    {
        var matches = OnePerPost(all);
        var needs = NotIn(matches, help.Needs);
        return composer.Update(to, () => new(
            text["Today near you on MutualAid"],
            [text["Here is what happened near you today:"], .. needs.Count > 0 ? [YouSaid(needs, help.ReachKm)] : Array.Empty<string>()],
            [.. MatchLines(matches), .. NeedLines(needs)],
            text["You get this email because you chose a daily digest of matches and new needs near you."]));
    }

    public static bool HasAnything(IReadOnlyList<MatchItem> matches, HelpNeeds help) => matches.Count > 0 || help.Needs.Count > 0;

    private string Subject(List<MatchItem> matches, List<NearbyNeed> needs) => (matches.Count, needs.Count) switch
    {
        (1, 0) => text["A match nearby: {0}", matches[0].OtherTitle],
        (0, 1) => text["A need nearby you could help with: {0}", needs[0].Title],
        (0, _) => text["{0} needs nearby you could help with", needs.Count],
        _ => text["{0} matches nearby for your posts", matches.Count + needs.Count],
    };

    private string YouSaid(List<NearbyNeed> needs, double reachKm) =>
        text["You said you could help with {0} within {1}. These new needs fit:",
            string.Join(", ", needs.Select(n => n.Category.Shown).Distinct()), HelpDistances.InWords(reachKm)];

    private static List<MatchItem> OnePerPost(IEnumerable<MatchItem> matches) => matches.DistinctBy(m => m.OtherPostId).ToList();

    private static List<NearbyNeed> NotIn(List<MatchItem> matches, IEnumerable<NearbyNeed> needs) =>
        needs.DistinctBy(n => n.PostId).Where(n => matches.TrueForAll(m => m.OtherPostId != n.PostId)).ToList();

    private IEnumerable<EmailLink> MatchLines(IEnumerable<MatchItem> matches) =>
        matches.Select(m => new EmailLink(
            text["{0}: {1} ({2}, {3}), matching your post “{4}”",
                labels.Kind(m.OtherKind), m.OtherTitle, m.Category.Shown, labels.Away(m.Band), m.YourTitle]
                + (m.OtherSpeaks.Count > 0 ? " " + text["Speaks: {0}.", languages.List(m.OtherSpeaks)] : ""),
            links.Post(m.OtherPostId)));

    private IEnumerable<EmailLink> NeedLines(IEnumerable<NearbyNeed> needs) =>
        needs.Select(n => new EmailLink(
            text["New need: {0} ({1}, {2})", n.Title, n.Category.Shown, labels.Away(n.Band)], links.Post(n.PostId)));
}
