using MutualAid.Web.Geo;

namespace MutualAid.Web.Tests.Infrastructure;

public static class Places
{
    public static readonly GeoPoint Origin = new(40.4000, -3.7000);

    // A point the given distance due north of the origin.
    public static GeoPoint NorthKm(double km) => new(Origin.Latitude + (km / 111.195), Origin.Longitude);

    public static GeoPoint EastKm(double km) =>
        new(Origin.Latitude, Origin.Longitude + (km / (111.195 * Math.Cos(Origin.Latitude * Math.PI / 180))));
}
