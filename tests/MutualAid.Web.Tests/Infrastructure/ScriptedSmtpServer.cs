using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MutualAid.Web.Tests.Infrastructure;

public enum SmtpAnswer
{
    Accept,

    // 550 at RCPT: the mailbox does not exist.
    Refuse,

    // 451 at RCPT: try again later.
    Defer,

    // Takes the whole message, then closes the connection before saying whether it was accepted.
    DropAfterData,
}

// A small real SMTP server on 127.0.0.1, without TLS, whose answer to each recipient the test
// chooses (by address and by how many times that address was tried). It can advertise AUTH, as
// a server that never offers STARTTLS would, and it keeps every line it receives.
public sealed class ScriptedSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Func<string, int, SmtpAnswer> answer;
    private readonly bool advertiseAuth;
    private readonly ConcurrentDictionary<string, int> tries = new(StringComparer.OrdinalIgnoreCase);

    public ScriptedSmtpServer(Func<string, int, SmtpAnswer>? answer = null, bool advertiseAuth = false)
    {
        this.answer = answer ?? ((_, _) => SmtpAnswer.Accept);
        this.advertiseAuth = advertiseAuth;
        listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    // Everything the clients sent, line by line.
    public ConcurrentQueue<string> Lines { get; } = new();

    // The recipient of each message body that arrived, whether or not it was then acknowledged.
    public ConcurrentQueue<string> BodiesReceived { get; } = new();

    // The recipient of each message acknowledged with 250.
    public ConcurrentQueue<string> Delivered { get; } = new();

    public Dictionary<string, string?> Settings => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:AllowPlainText"] = "true",
    };

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            try
            {
                await ServeAsync(client);
            }
            catch (IOException)
            {
                // The client went away mid-conversation; wait for the next one.
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ready");
        var recipient = "";
        var next = SmtpAnswer.Accept;
        while (await ReadAsync(reader) is { } line)
        {
            var command = line.ToUpperInvariant();
            if (command.StartsWith("EHLO", StringComparison.Ordinal))
            {
                await writer.WriteLineAsync(advertiseAuth ? "250-localhost\r\n250 AUTH PLAIN LOGIN" : "250 localhost");
            }
            else if (command.StartsWith("AUTH", StringComparison.Ordinal))
            {
                await AuthenticateAsync(command, reader, writer);
            }
            else if (command.StartsWith("RCPT TO:", StringComparison.Ordinal))
            {
                recipient = line[8..].Trim('<', '>', ' ');
                next = answer(recipient, tries.AddOrUpdate(recipient, 1, (_, n) => n + 1));
                await writer.WriteLineAsync(next switch
                {
                    SmtpAnswer.Refuse => "550 5.1.1 No such mailbox",
                    SmtpAnswer.Defer => "451 4.3.0 Try again later",
                    _ => "250 OK",
                });
            }
            else if (command == "DATA")
            {
                await writer.WriteLineAsync("354 Go ahead");
                while (await ReadAsync(reader) is { } data && data != ".")
                {
                }

                BodiesReceived.Enqueue(recipient);
                if (next == SmtpAnswer.DropAfterData)
                {
                    return;
                }

                Delivered.Enqueue(recipient);
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

    private async Task<string?> ReadAsync(StreamReader reader)
    {
        var line = await reader.ReadLineAsync();
        if (line is not null)
        {
            Lines.Enqueue(line);
        }

        return line;
    }

    // Takes whatever credentials come, in one line or after a prompt, as a careless server would.
    private async Task AuthenticateAsync(string command, StreamReader reader, StreamWriter writer)
    {
        var prompts = (command.Contains("LOGIN", StringComparison.Ordinal) ? 2 : 1) - (command.Split(' ').Length > 2 ? 1 : 0);
        for (var i = 0; i < prompts; i++)
        {
            await writer.WriteLineAsync("334 ");
            await ReadAsync(reader);
        }

        await writer.WriteLineAsync("235 2.7.0 Authentication successful");
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }
}
