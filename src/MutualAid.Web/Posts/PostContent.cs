using MutualAid.Web.Geo;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

// What an author chooses about a post; the entity refuses content that breaks these rules even
// if a page forgot to check.
public sealed record PostContent(
    int CategoryId,
    string Title,
    string Details,
    GeoPoint Location,
    double RadiusKm,
    Urgency Urgency = Urgency.Whenever,
    DateOnly? NeededBy = null,
    bool IsStanding = false,
    int Capacity = 1,
    IReadOnlyList<string>? AskedLanguages = null)
{
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > Post.TitleMaxLength)
        {
            throw new PostRuleException($"A title of 1 to {Post.TitleMaxLength} characters is needed.");
        }

        if (Details.Length > Post.DetailsMaxLength)
        {
            throw new PostRuleException($"Details can be at most {Post.DetailsMaxLength} characters.");
        }

        if (!GeoPoint.IsValid(Location.Latitude, Location.Longitude))
        {
            throw new PostRuleException("The location is not a point on Earth.");
        }

        if (!double.IsFinite(RadiusKm) || RadiusKm <= 0 || RadiusKm > Post.MaxRadiusKm)
        {
            throw new PostRuleException($"The distance must be between 0 and {Post.MaxRadiusKm} km.");
        }

        if (Capacity is < 1 or > Post.MaxCapacity)
        {
            throw new PostRuleException($"The number of people or items must be between 1 and {Post.MaxCapacity}.");
        }

        if (AskedLanguages is not null && !AskedLanguages.All(SpokenLanguages.IsKnown))
        {
            throw new PostRuleException("Unknown language.");
        }

        if (!Enum.IsDefined(Urgency))
        {
            throw new PostRuleException("Unknown urgency.");
        }
    }
}
