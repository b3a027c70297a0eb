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

        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = settings.Smtp.UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None;
            await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Smtp.User))
            {
                await client.AuthenticateAsync(settings.Smtp.User, settings.Smtp.Password ?? "", cancellationToken);
            }

            return new SmtpSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public MimeMessage ToMime(EmailMessage message, string messageId)
    {
        var mime = new MimeMessage { MessageId = messageId, Subject = message.Subject };
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

    public interface IMailSession : IAsyncDisposable
    {
        Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
    }

    private sealed class SmtpSession(SmtpClient client) : IMailSession
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected)
            {
                try
                {
                    await client.DisconnectAsync(quit: true);
                }
                catch (Exception e) when (e is IOException or MailKit.ProtocolException or OperationCanceledException)
                {
                    // The server went away; the emails already sent are marked.
                }
            }

            client.Dispose();
        }
    }

    private sealed class PickupSession(string folder, ILogger logger) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            LogWrittenToPickup(logger, path);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP host is set; wrote email to {Path}")]
    private static partial void LogWrittenToPickup(ILogger logger, string path);
}
