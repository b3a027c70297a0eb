using System.Globalization;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Geocoding;

// One answer of a place search. Its name is shown once to choose from and never saved; only the
// point is used, and only as the neighbor's chosen point.
public sealed record FoundPlace(string Name, GeoPoint Point)
{
    // The value a form sends back for the chosen result: the point alone, not the name.
    public string Choice => string.Create(CultureInfo.InvariantCulture, $"{Point.Latitude:0.######},{Point.Longitude:0.######}");

    public static GeoPoint? ParseChoice(string? choice)
    {
        var parts = choice?.Split(',');
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !GeoPoint.IsValid(lat, lon))
        {
            return null;
        }

        return new GeoPoint(lat, lon);
    }
}

public enum PlaceSearchOutcome
{
    Found,
    NothingFound,
    Unavailable,
}

public sealed record PlaceSearchResult(PlaceSearchOutcome Outcome, IReadOnlyList<FoundPlace> Places);
