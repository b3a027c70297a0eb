using System.Net;

namespace MutualAid.Web.Hosting;

// Outside development every cookie is Secure, so a page reached over plain HTTP cannot hold a
// session or a form. Rather than fail on its first form, the site says what the host should fix.
// The page is a constant: nothing in it can fail, and it names no setting's value.
public sealed class PlainHttpNotice(RequestDelegate next)
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>This site needs HTTPS · MutualAid</title></head>
        <body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
        <h1>This site needs HTTPS</h1>
        <p>MutualAid keeps neighbors signed in and protects its forms with cookies that browsers send
        only over HTTPS. This request arrived over plain HTTP, so nothing here would work.</p>
        <p>If you host this site, either:</p>
        <ul>
        <li>serve it over HTTPS, for example behind Caddy or nginx (see <code>docs/operations.md</code>), or</li>
        <li>if a proxy already serves HTTPS, let the app trust it: list its address in
        <code>ForwardedHeaders:KnownProxies</code> (or its network in <code>ForwardedHeaders:KnownNetworks</code>)
        and make it send <code>X-Forwarded-Proto</code>.</li>
        </ul>
        <p>The command <code>MutualAid.Web check</code> reports this and other settings to fix.</p>
        <hr>
        <p lang="es">Este sitio necesita HTTPS. Si lo administras, sírvelo por HTTPS o configura el proxy en
        <code>ForwardedHeaders:KnownProxies</code>.</p>
        </body>
        </html>
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        // A health probe from the same machine needs no cookie, and a monitor may not speak TLS.
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/healthz"))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = (int)HttpStatusCode.BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(Page);
    }
}
