using MutualAid.Web.Geo;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Neighborhoods;

public class Neighborhood
{
    public int Id { get; set; }

    // The English name, which every language without its own name reads.
    public required string Name { get; set; }
    public double CenterLatitude { get; set; }
    public double CenterLongitude { get; set; }
    public double RadiusKm { get; set; }
    public List<NameInLanguage> Names { get; private set; } = [];

    public GeoPoint Center => new(CenterLatitude, CenterLongitude);

    // The name in the language of the page or email being written.
    public string ShownName => NameIn(Languages.Current);

    public string NameIn(string language) =>
        language == Languages.Default ? Name : NameInLanguage.In(Names, language) ?? Name;
}
