using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace MutualAid.Web.Tests.Infrastructure;

// A real SMTP server on 127.0.0.1 that keeps what it receives, and can be stopped and started
// again on the same port to play an outage.
public sealed class SmtpServer : IDisposable
{
    private SimpleSmtpServer? server;
    private readonly List<MimeMessage> earlier = [];

    public SmtpServer()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public Dictionary<string, string?> Settings => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
    };

    public IReadOnlyList<MimeMessage> Received =>
        earlier.Concat(server?.ReceivedEmail.Select(e => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Data)))) ?? []).ToList();

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public void Start() => server = SimpleSmtpServer.Start(Port);

    public void Stop()
    {
        if (server is null)
        {
            return;
        }

        earlier.AddRange(server.ReceivedEmail.Select(e => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(e.Data)))));
        server.Stop();
        server.Dispose();
        server = null;
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
