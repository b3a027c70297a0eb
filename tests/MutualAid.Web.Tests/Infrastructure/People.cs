using MutualAid.Web.Geo;

namespace MutualAid.Web.Tests.Infrastructure;

// The neighbors most tests play with: a name, an address made from it, and a home.
public sealed record Person(string Name, GeoPoint Home)
{
    public static readonly Person Ana = new("Ana", TestData.AnaHome);
    public static readonly Person Ben = new("Ben", TestData.BenHome);
    public static readonly Person Cai = new("Cai", TestData.BenHome);
    public static readonly Person Sam = new("Sam", TestData.BenHome);

    // Alice and Bob play the two sides of a block.
    public static readonly Person Alice = new("Alice", TestData.AnaHome);
    public static readonly Person Bob = new("Bob", TestData.BenHome);

    public string Email => $"{Name.ToLowerInvariant()}@example.org";
}
