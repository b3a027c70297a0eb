using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MutualAid.Web.Tests.Infrastructure;

// A Nominatim-compatible place search on 127.0.0.1, answering from what the test sets: a JSON
// body, a failure status, or no answer in time. It records every request it gets.
public sealed class StubGeocoder : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public StubGeocoder()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Url { get; }
    public string Answer { get; set; } = "[]";
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
    public ConcurrentQueue<(Uri Address, string? UserAgent)> Requests { get; } = new();

    public Dictionary<string, string?> Settings(int timeoutSeconds = 2) => new()
    {
        ["Geocoding:Url"] = Url,
        ["Geocoding:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Requests.Enqueue((context.Request.Url!, context.Request.UserAgent));
            try
            {
                await Task.Delay(Delay);
                var body = Encoding.UTF8.GetBytes(Answer);
                context.Response.StatusCode = (int)Status;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
            {
                // The app gave up waiting, as it should.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
