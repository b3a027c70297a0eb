using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MutualAid.Web.Email;

// Sends over SMTP when a host is configured; otherwise writes a real .eml file, so a fresh
// install shows exactly what would have been sent.
public sealed partial class MailDelivery(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<MailDelivery> logger)
{
    private readonly EmailOptions settings = options.Value;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = ToMime(message);
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            await WriteToPickupAsync(mime, cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        var security = settings.Smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.User))
        {
            await client.AuthenticateAsync(settings.Smtp.User, settings.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public string PickupDirectory => Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);

    private MimeMessage ToMime(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    private async Task WriteToPickupAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(PickupDirectory);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(PickupDirectory, name);
        await mime.WriteToAsync(path, cancellationToken);
        LogWrittenToPickup(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP host is set; wrote email to {Path}")]
    private static partial void LogWrittenToPickup(ILogger logger, string path);
}
