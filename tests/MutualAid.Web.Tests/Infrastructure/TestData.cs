using MutualAid.Web.Geo;

namespace MutualAid.Web.Tests.Infrastructure;

public static class TestData
{
    public const string Password = "correct horse battery staple";

    // Two homes about 1.1 km apart in the same town.
    public static readonly GeoPoint AnaHome = new(40.41234567, -3.70456789);
    public static readonly GeoPoint BenHome = new(40.42213579, -3.70198765);
}
