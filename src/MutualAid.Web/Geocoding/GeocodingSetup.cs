using Microsoft.Extensions.Options;

namespace MutualAid.Web.Geocoding;

public static class GeocodingSetup
{
    public static WebApplicationBuilder AddGeocoding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GeocodingOptions>().BindConfiguration(GeocodingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // The timeout is enforced per search (PlaceFinder); this one only bounds a stuck socket.
        builder.Services.AddScoped<PlaceSearch>();
        builder.Services.AddHttpClient<PlaceFinder>((services, client) =>
            client.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<GeocodingOptions>>().Value.TimeoutSeconds + 1));
        return builder;
    }
}
