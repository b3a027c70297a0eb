using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace MutualAid.Web.Hosting;

// One-time notices travel in a cookie (MVC's CookieTempDataProvider). The layout looks for one on
// every page, and the provider then deletes the cookie even when the browser never had it: a
// Set-Cookie on every page, which makes none of them shareable (SignedOutPages). This leaves the
// header out when there is no notice to keep and no cookie to clear.
public sealed class QuietTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var name = options.Value.Cookie.Name!;
        if (values.Count == 0 && !context.Request.Cookies.Keys.Any(cookie => cookie.StartsWith(name, StringComparison.Ordinal)))
        {
            return;
        }

        cookies.SaveTempData(context, values);
    }
}
