using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Moderation;

// The words of moderation's emails. The author of a hidden post is told why, never who reported
// it; stewards are told what was reported, never by whom (the steward pages show that, behind
// their log-in).
public sealed class ModerationEmails(EmailComposer composer, EmailLinks links, StewardLog stewardLog, IStringLocalizer<ModerationEmails> text)
{
    public sealed record Reported(int? PostId, string What);

    public EmailMessage PostHidden(Recipient author, string postTitle, HideCause cause, string? note) =>
        composer.Update(author, () => new(text["Your post “{0}” is hidden", postTitle],
            [cause == HideCause.Reports
                    ? text["Your post “{0}” is hidden for now: neighbors reported it, and a steward will look at it soon.", postTitle]
                    : text["The neighborhood's stewards hid your post “{0}”. Other neighbors no longer see it.", postTitle],
                text["Why: {0}", stewardLog.HiddenReason(cause, note)],
                text["It stays on your page, marked hidden. A steward can restore it."]],
            [new(text["My posts"], links.Mine())], text["You get this email because you posted on MutualAid."]));

    public EmailMessage NewReports(Recipient steward, IReadOnlyList<Reported> reports) =>
        composer.Update(steward, () => new(
            reports.Count == 1 ? text["A new report for the stewards"] : text["{0} new reports for the stewards", reports.Count],
            [text["Neighbors reported:"] + "\n" + string.Join('\n', reports.Select(r => "- " + r.What)),
                text["Open the moderation page to read each report and act on it."]],
            [new(text["Moderation"], links.Absolute("/Moderation"))], text["You get this email because you are a steward on MutualAid."]));

    public string PostWhat(string title) => text["the post “{0}”", title];

    public string NeighborWhat(string name) => text["the neighbor {0}", name];
}
