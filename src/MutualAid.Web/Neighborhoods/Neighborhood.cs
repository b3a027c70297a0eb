using MutualAid.Web.Geo;

namespace MutualAid.Web.Neighborhoods;

public class Neighborhood
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public double CenterLatitude { get; set; }
    public double CenterLongitude { get; set; }
    public double RadiusKm { get; set; }

    public GeoPoint Center => new(CenterLatitude, CenterLongitude);
}
