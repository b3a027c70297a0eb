using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace MutualAid.Web.Email;

public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

// Once the message itself has started to go out, the server may take it even if the connection
// then drops; such a failure is raised as DeliveryUnknownException, so the row is not sent again.
internal sealed class SmtpSession(SmtpClient client) : IMailSession
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var progress = new BodyProgress();
        try
        {
            await client.SendAsync(message, cancellationToken, progress);
        }
        catch (Exception e) when (progress.Started && e is not SmtpCommandException)
        {
            throw new DeliveryUnknownException(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or ProtocolException or OperationCanceledException)
            {
                // The server went away; the emails already sent are marked.
            }
        }

        client.Dispose();
    }

    // MailKit reports progress only while it writes the message after DATA (or BDAT).
    private sealed class BodyProgress : ITransferProgress
    {
        public bool Started { get; private set; }

        public void Report(long bytesTransferred, long totalSize) => Started = true;

        public void Report(long bytesTransferred) => Started = true;
    }
}

internal sealed partial class PickupSession(string folder, ILogger logger) : IMailSession
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
        LogWrittenToPickup(logger, path);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP host is set; wrote email to {Path}")]
    private static partial void LogWrittenToPickup(ILogger logger, string path);
}
