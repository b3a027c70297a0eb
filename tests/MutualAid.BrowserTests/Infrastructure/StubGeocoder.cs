using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MutualAid.BrowserTests.Infrastructure;

// A Nominatim-compatible place search on 127.0.0.1 for the app under test: it answers every
// search with the places the test set, or with a failure, and counts what it was asked.
public sealed class StubGeocoder : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private int requests;

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
    public int Requests => Volatile.Read(ref requests);

    public Dictionary<string, string> Settings() => new()
    {
        ["Geocoding__Url"] = Url,
        ["Geocoding__TimeoutSeconds"] = 3.ToString(CultureInfo.InvariantCulture),
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

            Interlocked.Increment(ref requests);
            try
            {
                var body = Encoding.UTF8.GetBytes(Answer);
                context.Response.StatusCode = (int)Status;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
            {
                // The app gave up waiting.
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
