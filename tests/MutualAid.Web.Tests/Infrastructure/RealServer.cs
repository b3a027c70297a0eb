using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MutualAid.Web.Tests.Infrastructure;

// The app on a real Kestrel server, for what only a real server enforces: the in-memory test
// server accepts response headers Kestrel refuses (a non-ASCII Location, for one), so a test of
// those must go over a socket. The site's cookies are Secure and this server speaks plain HTTP on
// the loopback, so the client says it came through a TLS proxy and keeps cookies itself.
public static class RealServer
{
    // Call it first: the server is chosen when the app is built.
    public static Uri StartOnKestrel(this MutualAidApp app)
    {
        app.UseKestrel(0);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }

    // Redirects are not followed, so a test sees every Location the app writes.
    public static HttpClient RealClient(Uri server) =>
        new(new CookieKeeper { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = server };

    public static async Task<HttpClient> SignedInRealClientAsync(Uri server, string email, string password = TestData.Password)
    {
        var client = RealClient(server);
        var page = await client.GetPageAsync("/Identity/Account/Login");
        var response = await client.SubmitAsync(page, "main form[method=post]", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    private sealed class CookieKeeper : DelegatingHandler
    {
        private readonly Dictionary<string, string> cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
            {
                var (name, value) = cookie.Split(';')[0].Split('=', 2) is [var n, var v] ? (n, v) : (cookie, "");
                if (value.Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }

            return response;
        }
    }
}
