using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace MutualAid.Web.Email;

// Identity's built-in pages (forgot password, change email) hand over HTML only; the plain-text
// part is derived from it so every message stays readable as text.
public sealed partial class IdentityEmailSender(MailDelivery delivery) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var text = WebUtility.HtmlDecode(LinkPattern().Replace(htmlMessage, "$2 ($1)"));
        text = TagPattern().Replace(text, "");
        return delivery.SendAsync(new EmailMessage(email, subject, text, htmlMessage));
    }

    [GeneratedRegex("<a [^>]*href=['\"]([^'\"]+)['\"][^>]*>(.*?)</a>", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
