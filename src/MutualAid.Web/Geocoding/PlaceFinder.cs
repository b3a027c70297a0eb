using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Geocoding;

// Asks the configured geocoder for a typed place, once per press of "Search" (never per
// keystroke), at most one request a second across the whole site, as public services require.
public sealed partial class PlaceFinder(HttpClient http, IOptions<GeocodingOptions> options, ILogger<PlaceFinder> log)
{
    public const int QueryMaxLength = 200;
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    // Real elapsed time, not the app's clock: the limit is the outside service's, per process.
    private static long lastRequest;

    public bool Enabled => options.Value.Enabled;

    public async Task<PlaceSearchResult> FindAsync(string query, string language, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(query) || query.Length > QueryMaxLength)
        {
            return new(PlaceSearchOutcome.NothingFound, []);
        }

        var address = string.Create(CultureInfo.InvariantCulture,
            $"{settings.Url!.TrimEnd('/')}/search?format=jsonv2&limit={settings.MaxResults}&accept-language={Uri.EscapeDataString(language)}&q={Uri.EscapeDataString(query.Trim())}");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            await OneAtATime.WaitAsync(timeout.Token);
            try
            {
                var wait = TimeSpan.FromSeconds(1) - Stopwatch.GetElapsedTime(lastRequest);
                if (lastRequest != 0 && wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeout.Token);
                }

                lastRequest = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.UserAgent.ParseAdd(settings.UserAgent);
                using var response = await http.SendAsync(request, timeout.Token);
                response.EnsureSuccessStatusCode();
                var answers = await response.Content.ReadFromJsonAsync<List<NominatimPlace>>(timeout.Token) ?? [];
                var places = answers.Select(ToPlace).OfType<FoundPlace>().Take(settings.MaxResults).ToList();
                return new(places.Count > 0 ? PlaceSearchOutcome.Found : PlaceSearchOutcome.NothingFound, places);
            }
            finally
            {
                OneAtATime.Release();
            }
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or OperationCanceledException or NotSupportedException
            && !cancellationToken.IsCancellationRequested)
        {
            // The query is what a neighbor typed about where they are: never in the logs.
            ServiceFailed(log, e.GetType().Name);
            return new(PlaceSearchOutcome.Unavailable, []);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The place search service did not answer usefully: {Error}")]
    private static partial void ServiceFailed(ILogger logger, string error);

    private static FoundPlace? ToPlace(NominatimPlace answer) =>
        double.TryParse(answer.Lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
        && double.TryParse(answer.Lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
        && GeoPoint.IsValid(lat, lon) && !string.IsNullOrWhiteSpace(answer.DisplayName)
            ? new FoundPlace(answer.DisplayName.Length > 200 ? answer.DisplayName[..200] : answer.DisplayName, new GeoPoint(lat, lon))
            : null;

    private sealed record NominatimPlace(
        [property: JsonPropertyName("lat")] string? Lat,
        [property: JsonPropertyName("lon")] string? Lon,
        [property: JsonPropertyName("display_name")] string? DisplayName);
}
