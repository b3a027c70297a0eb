using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MutualAid.Web.Tests.Infrastructure;

// A small real SMTP server on 127.0.0.1 that refuses one recipient with a permanent 550, as a
// mail server does for a mailbox that does not exist, and accepts everyone else.
public sealed class RefusingSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly string refused;

    public RefusingSmtpServer(string refusedAddress)
    {
        refused = refusedAddress;
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;
    public List<string> Delivered { get; } = [];

    public Dictionary<string, string?> Settings => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
    };

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            await ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ready");
        string? recipient = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.ToUpperInvariant();
            if (command.StartsWith("EHLO", StringComparison.Ordinal) || command.StartsWith("HELO", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync("250 localhost");
            }
            else if (command.StartsWith("RCPT TO:", StringComparison.Ordinal))
            {
                recipient = line[8..].Trim('<', '>', ' ');
                await writer.WriteLineAsync(recipient.Equals(refused, StringComparison.OrdinalIgnoreCase) ? "550 5.1.1 No such mailbox" : "250 OK");
            }
            else if (command == "DATA")
            {
                await writer.WriteLineAsync("354 Go ahead");
                while (await reader.ReadLineAsync() is { } data && data != ".")
                {
                }

                Delivered.Add(recipient ?? "");
                await writer.WriteLineAsync("250 Queued");
            }
            else if (command == "QUIT")
            {
                await writer.WriteLineAsync("221 Bye");
                return;
            }
            else
            {
                await writer.WriteLineAsync("250 OK");
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }
}
