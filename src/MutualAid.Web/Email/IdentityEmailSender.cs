using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity.UI.Services;
using MutualAid.Web.Data;

namespace MutualAid.Web.Email;

// Identity's built-in pages (forgot password, change email) hand over HTML only. The text part
// puts each link on a line of its own, so mail apps never glue punctuation onto it.
public sealed partial class IdentityEmailSender(Outbox outbox, AppDbContext db) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var text = WebUtility.HtmlDecode(TagPattern().Replace(LinkPattern().Replace(htmlMessage, "$2:\n\n$1\n\n"), ""));
        outbox.Enqueue(new EmailMessage(email, subject, text.Trim(), htmlMessage));
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("<a [^>]*href=['\"]([^'\"]+)['\"][^>]*>(.*?)</a>\\.?", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
