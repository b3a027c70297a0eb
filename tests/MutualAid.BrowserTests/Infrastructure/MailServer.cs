using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace MutualAid.BrowserTests.Infrastructure;

public sealed record Email(string Id, string To, string Subject, string Text)
{
    // The link in the email to this path of the site, as a neighbor would click it.
    public string Link(string path) =>
        Links.Matches(Text).Select(m => new Uri(m.Value)).FirstOrDefault(l => string.Equals(l.AbsolutePath, path, StringComparison.OrdinalIgnoreCase))?.ToString()
        ?? throw new InvalidOperationException($"The email “{Subject}” to {To} has no link to {path}:\n{Text}");

    private static readonly Regex Links = new(@"https?://[^\s<>“”]+", RegexOptions.None, TimeSpan.FromSeconds(1));
}

// smtp4dev, a real SMTP server with an HTTP API, run as the repository's dotnet tool on free
// ports of 127.0.0.1 and an in-memory database. One for the whole run: each test writes to
// addresses of its own, so tests never read each other's mail.
public sealed class MailServer : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan DeliveryLimit = TimeSpan.FromSeconds(30);

    private readonly int webPort = FreePort.Next();
    private readonly string data = Directory.CreateTempSubdirectory("mutualaid-smtp4dev-").FullName;
    private readonly HttpClient api = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ChildProcess? process;

    public int SmtpPort { get; } = FreePort.Next();

    public async ValueTask InitializeAsync()
    {
        process = ChildProcess.Start("smtp4dev", Paths.Dotnet,
        [
            "tool", "run", "smtp4dev", "--",
            $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{webPort}", "--db=", "--imapport=", "--pop3port=",
            "--tlsmode=None", "--nousersettings", $"--baseappdatapath={data}", "--messagestokeep=10000", "--allowremoteconnections-",
        ], Paths.RepositoryRoot, new Dictionary<string, string>());
        api.BaseAddress = new Uri($"http://127.0.0.1:{webPort}/");
        await Wait.ForAsync(async () => process.HasExited ? "exited" : await TryListAsync() is null ? null : "up", StartLimit,
            () => $"smtp4dev did not start within {StartLimit.TotalSeconds} s. Its last output:\n{process.Tail}");
        if (process.HasExited)
        {
            throw new InvalidOperationException($"smtp4dev stopped as it started. Its last output:\n{process.Tail}");
        }
    }

    // Waits for the email to this address whose subject contains the text, and reads its text part.
    public async Task<Email> WaitForAsync(string to, string subjectContains)
    {
        MessageList? last = null;
        var found = await Wait.ForAsync(async () =>
            {
                last = await TryListAsync() ?? last;
                return To(last, to).Where(m => m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(m => m.ReceivedDate).FirstOrDefault();
            },
            DeliveryLimit, () => $"No email to {to} with “{subjectContains}” in its subject within {DeliveryLimit.TotalSeconds} s. "
                + $"Subjects received for {to}: {string.Join(", ", To(last, to).Select(m => $"“{m.Subject}”").DefaultIfEmpty("none"))}");
        var text = await api.GetStringAsync($"api/messages/{found.Id}/plaintext", TestContext.Current.CancellationToken);
        return new Email(found.Id, to, found.Subject, text);
    }

    public async ValueTask DisposeAsync()
    {
        api.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
        }

        Directory.Delete(data, recursive: true);
    }

    private static IEnumerable<MessageSummary> To(MessageList? list, string address) =>
        list?.Results.Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase))) ?? [];

    private async Task<MessageList?> TryListAsync()
    {
        try
        {
            return await api.GetFromJsonAsync<MessageList>("api/messages?pageSize=10000", TestContext.Current.CancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private sealed record MessageList(List<MessageSummary> Results);

    private sealed record MessageSummary(string Id, List<string> To, string Subject, DateTimeOffset ReceivedDate);
}
