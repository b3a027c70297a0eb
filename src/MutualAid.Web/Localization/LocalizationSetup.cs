using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace MutualAid.Web.Localization;

public static class LocalizationSetup
{
    public static WebApplicationBuilder AddLocalizationSupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddOptions<TimeZoneOptions>().BindConfiguration(TimeZoneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SiteTimeZone>();
        builder.Services.AddSingleton<SpokenLanguageNames>();
        // Spanish (and any later language) as plain characters, not a numeric entity per accent.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.All.Select(l => CultureInfo.GetCultureInfo(l.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // A choice made with the switcher wins; otherwise the browser's languages decide.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    public static void RememberLanguage(this HttpResponse response, string languageCode, DateTimeOffset now) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Languages.Normalize(languageCode))),
            new CookieOptions
            {
                Expires = now.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                Secure = response.HttpContext.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });

    public static bool HasChosenLanguage(this HttpRequest request) =>
        request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName);
}
