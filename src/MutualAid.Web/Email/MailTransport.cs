using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MutualAid.Web.Email;

// Turns outbox rows into MIME and hands them to one SMTP connection per batch, or writes them
// as .eml files when no SMTP host is set, so a fresh install shows exactly what would be sent.
public sealed partial class MailTransport(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<MailTransport> logger)
{
    private readonly EmailOptions settings = options.Value;

    public string PickupDirectory => Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            Directory.CreateDirectory(PickupDirectory);
            return new PickupSession(PickupDirectory, logger);
        }

        var smtp = settings.Smtp;
        var host = settings.Smtp.Host;
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await ConnectAsync(client, host, smtp, cancellationToken);
            if (smtp.HasCredentials)
            {
                // Validation forbids plain text with credentials; this makes sure of it on the wire.
                if (!client.IsSecure)
                {
                    throw new MailServerWithoutTlsException(host, smtp.Port);
                }

                await client.AuthenticateAsync(smtp.User ?? "", smtp.Password ?? "", cancellationToken);
            }

            return new SmtpSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    // TLS is required unless plain text is allowed: implicit TLS on port 465, STARTTLS elsewhere.
    // A server that offers no STARTTLS gets nothing: no password, no message.
    private static async Task ConnectAsync(SmtpClient client, string host, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var security = smtp.PlainText ? SecureSocketOptions.None
            : smtp.Port == SmtpOptions.ImplicitTlsPort ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        try
        {
            await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
        }
        catch (NotSupportedException) when (security == SecureSocketOptions.StartTls)
        {
            throw new MailServerWithoutTlsException(host, smtp.Port);
        }
    }

    public MimeMessage ToMime(EmailMessage message, string messageId)
    {
        var mime = new MimeMessage { MessageId = messageId, Subject = OneLine(message.Subject) };
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058 one-click unsubscribe: mail apps POST "List-Unsubscribe=One-Click" to the URL.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    // Subjects carry titles and display names that neighbors typed. Every kind of line break
    // (CR, LF, NEL, the Unicode line and paragraph separators) and other control characters
    // become one space, so no text can start a header of its own or show a second line.
    private static string OneLine(string text) => LineBreaks().Replace(text, " ");

    [GeneratedRegex(@"[\p{Cc}\p{Zl}\p{Zp}]+")]
    private static partial Regex LineBreaks();
}
