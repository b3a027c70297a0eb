using Microsoft.Extensions.Options;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Security;

// Headers on every response. Scripts come only from this site (no inline script at all), nothing
// may frame the site, and map tiles may come from the configured tile server only. Of the browser's
// powerful features only "use my location" is allowed, and only to this site; every other one is
// named and refused, so nothing embedded or injected can ask for a camera or a microphone.
public sealed class SecurityHeaders(RequestDelegate next, IOptions<MapOptions> map)
{
    // Only features every current browser recognizes: Chromium reports an unknown name as an error.
    internal static readonly string PermissionsPolicy = string.Join(", ",
        new[]
        {
            "accelerometer", "autoplay", "camera", "clipboard-read", "clipboard-write", "display-capture", "encrypted-media",
            "fullscreen", "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment",
            "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "web-share", "xr-spatial-tracking",
        }.Select(feature => feature + "=()").Prepend("geolocation=(self)"));

    private readonly string policy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        $"img-src 'self' data: {TileOrigin(map.Value.TileUrl)}".TrimEnd(),
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'");

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = PermissionsPolicy;
        return next(context);
    }

    // "https://{s}.tile.example/{z}/{x}/{y}.png" allows "https://*.tile.example".
    internal static string TileOrigin(string template)
    {
        var sample = template.Replace("{s}", "a", StringComparison.Ordinal)
            .Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal)
            .Replace("{y}", "0", StringComparison.Ordinal).Replace("{r}", "", StringComparison.Ordinal);
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "";
        }

        var host = template.Contains("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[2..] : uri.Host;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
