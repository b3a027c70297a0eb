using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace MutualAid.Web.Tests.Infrastructure;

// One message as it crossed the wire: the raw text and the envelope's recipients.
public sealed record RawEmail(string Data, IReadOnlyList<string> EnvelopeTo);

// A real SMTP server on 127.0.0.1 that keeps what it receives, and can be stopped and started
// again on the same port to play an outage.
public sealed class SmtpServer : IDisposable
{
    private SimpleSmtpServer? server;
    private readonly List<RawEmail> earlier = [];

    public SmtpServer()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    // A relay on this machine: no TLS and no credentials, which the app allows only when told to.
    public Dictionary<string, string?> Settings => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:AllowPlainText"] = "true",
    };

    public IReadOnlyList<RawEmail> Raw => earlier.Concat(Current()).ToList();

    public IReadOnlyList<MimeMessage> Received =>
        Raw.Select(e => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Data)))).ToList();

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Start() => server = SimpleSmtpServer.Start(Port);

    public void Stop()
    {
        if (server is null)
        {
            return;
        }

        earlier.AddRange(Current());
        server.Stop();
        server.Dispose();
        server = null;
    }

    public void Dispose() => Stop();

    private List<RawEmail> Current() =>
        server?.ReceivedEmail.Select(e => new RawEmail(e.Data, e.ToAddresses.Select(a => a.Address).ToList())).ToList() ?? [];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
