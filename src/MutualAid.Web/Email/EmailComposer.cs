using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Email;

// Lays out every email the same way, as text and HTML: a greeting, paragraphs, links to act and,
// for updates, why it came and how to stop it. The HTML encoder is the app's, which leaves
// accented letters as they are. Features write only their own words.
public sealed class EmailComposer(EmailLinks links, HtmlEncoder html, IStringLocalizer<EmailComposer> text)
{
    // An update about the site, written in the recipient's language whatever the language of the
    // request or job that caused it. It carries a one-click unsubscribe link.
    public EmailMessage Update(Recipient to, Func<UpdateWords> write)
    {
        using var _ = CultureScope.Of(to.Language);
        var words = write();
        var unsubscribe = links.Unsubscribe(to.Id);
        var email = Lay(to.Email, words.Subject, text["Hello {0},", to.DisplayName],
            words.Paragraphs.Select(p => new EmailParagraph(p)), words.Links, new Footer(words.Why, unsubscribe));
        return email with { UnsubscribeUrl = unsubscribe };
    }

    // An account email, written in the language of the page that sends it (the person at the
    // keyboard reads it). It comes whatever the neighbor's settings say, so it has no footer.
    public EmailMessage Account(string to, string subject, string? name, params EmailParagraph[] paragraphs) =>
        Lay(to, subject, name is null ? text["Hello,"] : text["Hello {0},", name], paragraphs, [], null);

    // The text part puts each link on a line of its own, so mail apps never glue punctuation onto it.
    private EmailMessage Lay(string to, string subject, string greeting, IEnumerable<EmailParagraph> paragraphs,
        IReadOnlyList<EmailLink> actions, Footer? footer)
    {
        var body = new List<string> { greeting };
        var markup = new StringBuilder().Append("<p>").Append(Encode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            body.Add(paragraph.Link is { } link ? $"{paragraph.Text}\n{link.Url}" : paragraph.Text);
            markup.Append("<p>").Append(Encode(paragraph.Text));
            if (paragraph.Link is { } shown)
            {
                markup.Append("<br>").Append(Anchor(shown));
            }

            markup.Append("</p>");
        }

        if (actions.Count > 0)
        {
            body.AddRange(actions.Select(a => $"- {a.Words}\n  {a.Url}"));
            markup.Append("<ul>").AppendJoin("", actions.Select(a => $"<li>{Anchor(a)}</li>")).Append("</ul>");
        }

        if (footer is not null)
        {
            AppendFooter(body, markup, footer);
        }

        return new EmailMessage(to, subject, string.Join("\n\n", body) + "\n", markup.ToString());
    }

    private void AppendFooter(List<string> body, StringBuilder markup, Footer footer)
    {
        body.Add(text["Everything you have to act on: {0}", links.Mine()]);
        body.Add(string.Join('\n', footer.Why,
            text["Change how often we write: {0}", links.Settings()], text["Stop these emails: {0}", footer.Unsubscribe]));
        markup.Append("<p>").Append(Anchor(new(text["Everything you have to act on"], links.Mine()))).Append(".</p>")
            .Append("<p style=\"color:#505a5f\">").Append(Encode(footer.Why)).Append(' ')
            .Append(string.Format(CultureInfo.CurrentCulture, html.Encode(text["{0} or {1}."]),
                Anchor(new(text["Change how often we write"], links.Settings())), Anchor(new(text["stop these emails"], footer.Unsubscribe))))
            .Append("</p>");
    }

    // Lines a paragraph breaks on stay broken in HTML.
    private string Encode(string words) => string.Join("<br>", words.Split('\n').Select(html.Encode));

    private string Anchor(EmailLink link) => $"<a href=\"{html.Encode(link.Url)}\">{html.Encode(link.Words)}</a>";

    private sealed record Footer(string Why, string Unsubscribe);
}
