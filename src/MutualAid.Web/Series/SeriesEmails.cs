using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;

namespace MutualAid.Web.Series;

// Told to the neighbor the author accepted for every date of a series. Their contact details
// were exchanged in the introduction sent for this date; this email carries none.
public sealed class SeriesEmails(EmailComposer composer, EmailLinks links, SeriesLabels labels, IStringLocalizer<SeriesEmails> text)
{
    public EmailMessage TakenForSeries(Recipient to, string authorName, PostSeries series, int postId) =>
        composer.Update(to, () => new(text["{0} accepted you for every date of “{1}”", authorName, series.Title],
            [text["{0} accepted your offer to take every date of “{1}”.", authorName, series.Title],
                labels.Repeats(series.Rule, series.EndsOn) + ".",
                text["The later dates come already taken by you; you are not emailed again for each. If you can no longer do it, step back on the post's page."]],
            [new(text["The post"], links.Post(postId))], text["You get this email because you are part of this post on MutualAid."]));
}
