using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

// The words of the reminder an author gets before their post closes, with a link that renews it.
public sealed class ExpiryReminderEmail(EmailComposer composer, Labels labels, IStringLocalizer<ExpiryReminderEmail> text)
{
    public EmailMessage Write(Recipient author, string postTitle, string renewUrl, DateTime expiresAt, TimeSpan ahead) =>
        composer.Update(author, () => new(
            ahead.Days == 1 ? text["“{0}” closes in a day", postTitle] : text["“{0}” closes in {1} days", postTitle, ahead.Days],
            [text["Your post “{0}” closes on {1}. If it is still needed, renew it with one click. If not, you need not do anything.", postTitle, labels.Date(expiresAt)]],
            [new(text["Renew it for another period"], renewUrl)],
            text["You get this email because you asked for emails about your posts."]));
}
