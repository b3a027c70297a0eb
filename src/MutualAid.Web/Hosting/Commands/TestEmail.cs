using MimeKit;
using MutualAid.Web.Email;

namespace MutualAid.Web.Hosting.Commands;

// `send-test-email ADDRESS`: one email straight through the mail server, not the outbox, so the
// host sees at once whether it went and, if not, the server's own words.
public static class TestEmail
{
    public static async Task<int> SendAsync(IServiceProvider services, string address, TextWriter output)
    {
        if (!MailboxAddress.TryParse(address, out var mailbox) || !mailbox.Address.Contains('@'))
        {
            output.WriteLine($"\"{address}\" is not an email address.");
            return HostCommand.Failed;
        }

        var transport = services.GetRequiredService<MailTransport>();
        var message = new EmailMessage(mailbox.Address, "MutualAid test email",
            "This is a test email from your MutualAid site. If you can read it, email works.",
            "<p>This is a test email from your MutualAid site. If you can read it, email works.</p>");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using (var session = await transport.OpenAsync(timeout.Token))
        {
            await session.SendAsync(transport.ToMime(message, $"test-{Guid.NewGuid():N}"), timeout.Token);
        }

        var smtp = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.Smtp;
        output.WriteLine(string.IsNullOrWhiteSpace(smtp.Host)
            ? $"Email:Smtp:Host is empty, so the email was written to {transport.PickupDirectory} instead of being sent."
            : $"Sent to {mailbox.Address} through {smtp.Host}:{smtp.Port}.");
        return HostCommand.Done;
    }
}
