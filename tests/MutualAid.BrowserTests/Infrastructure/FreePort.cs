using System.Net;
using System.Net.Sockets;

namespace MutualAid.BrowserTests.Infrastructure;

public static class FreePort
{
    // A port the system just handed out and nobody holds: free unless someone takes it first.
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
