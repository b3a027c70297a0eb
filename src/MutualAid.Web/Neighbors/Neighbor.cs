using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Email;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Neighbors;

public class Neighbor : IdentityUser
{
    public const int DisplayNameMaxLength = 60;
    public const double DefaultRadiusKm = 3;

    [PersonalData]
    public string DisplayName { get; set; } = "";

    // Exact home point: never rendered for anyone but its owner, and then only as a map marker.
    [PersonalData]
    public double? HomeLatitude { get; set; }

    [PersonalData]
    public double? HomeLongitude { get; set; }

    public int? NeighborhoodId { get; set; }

    [PersonalData]
    public double RadiusKm { get; set; } = DefaultRadiusKm;

    public DateTime CreatedAt { get; set; }

    [PersonalData]
    public NotificationMode Notifications { get; set; }

    // What they said they could help with: new needs in these categories whose public cell is
    // within HelpDistanceKm of their home's cell reach them as a standing offer would.
    [PersonalData]
    public List<int> HelpCategoryIds { get; set; } = [];

    [PersonalData]
    public double HelpDistanceKm { get; set; } = HelpDistances.Default;

    // The languages they speak (codes from SpokenLanguages), shown on their posts: a post asking
    // for a language reaches them, and browse's "speaks my language" finds their posts.
    [PersonalData]
    public List<string> SpokenLanguages { get; private set; } = [];

    public DateTime? LastDigestAt { get; set; }

    // The language of the site for them and of every email they receive.
    public string Language { get; set; } = Localization.Languages.Default;

    // Blocked by a steward: can still log in and read, but not post, answer or write to anyone.
    public bool IsBlocked { get; set; }

    // Set at the first log-in, which takes a newcomer through setting a home and saying what they
    // could help with; every later log-in goes straight where the neighbor was going.
    public DateTime? FirstLoggedInAt { get; set; }

    public GeoPoint? Home => HomeLatitude is { } lat && HomeLongitude is { } lon ? new GeoPoint(lat, lon) : null;

    public bool OffersHelp => HelpCategoryIds.Count > 0;

    // One choice: what they can help with, how far, and how they hear of it.
    public void SayCanHelp(IEnumerable<int> categoryIds, double distanceKm, NotificationMode mode)
    {
        HelpCategoryIds = categoryIds.Distinct().Order().ToList();
        HelpDistanceKm = HelpDistances.Nearest(distanceKm);
        Notifications = mode;
    }

    public void SaySpeaks(IEnumerable<string> codes) => SpokenLanguages = Localization.SpokenLanguages.Clean(codes);

    public void MoveHome(GeoPoint point, int? neighborhoodId)
    {
        HomeLatitude = point.Latitude;
        HomeLongitude = point.Longitude;
        NeighborhoodId = neighborhoodId;
    }
}
