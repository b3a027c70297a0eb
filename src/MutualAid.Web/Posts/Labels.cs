using System.Globalization;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

// The short words pages and emails use for a post's facts, in the current language, kept in one
// place so every page says the same.
public sealed class Labels(IStringLocalizer<Labels> text, SiteTimeZone timeZone)
{
    public string Kind(PostKind kind) => kind == PostKind.Need ? text["Need"] : text["Offer"];

    public string Urgency(Urgency urgency) => urgency switch
    {
        Web.Posts.Urgency.Today => text["today"],
        Web.Posts.Urgency.ThisWeek => text["this week"],
        _ => text["whenever"],
    };

    public string Sort(BrowseSort sort) => sort switch
    {
        BrowseSort.Nearest => text["Nearest"],
        BrowseSort.Urgent => text["Most urgent"],
        _ => text["Newest"],
    };

    public string Status(PostStatus status) => status switch
    {
        PostStatus.Open => text["Open"],
        PostStatus.InProgress => text["In progress"],
        PostStatus.Fulfilled => text["Fulfilled"],
        PostStatus.Withdrawn => text["Withdrawn"],
        PostStatus.Expired => text["Expired"],
        _ => text["Hidden"],
    };

    public string Distance(DistanceBand band) => band switch
    {
        DistanceBand.UnderOneKm => text["under 1 km"],
        DistanceBand.OneToTwoKm => text["1–2 km"],
        DistanceBand.TwoToFiveKm => text["2–5 km"],
        DistanceBand.FiveToTenKm => text["5–10 km"],
        _ => text["over 10 km"],
    };

    // "under 1 km away": how far a post is from the reader.
    public string Away(DistanceBand band) => text["{0} away", Distance(band)];

    public string Age(DateTime createdAt, DateTime now)
    {
        var age = now - createdAt;
        return age switch
        {
            { TotalMinutes: < 1 } => text["just now"],
            { TotalMinutes: < 2 } => text["1 minute ago"],
            { TotalHours: < 1 } => text["{0} minutes ago", (int)age.TotalMinutes],
            { TotalHours: < 2 } => text["1 hour ago"],
            { TotalDays: < 1 } => text["{0} hours ago", (int)age.TotalHours],
            { TotalDays: < 2 } => text["yesterday"],
            _ => text["{0} days ago", (int)age.TotalDays],
        };
    }

    // A calendar date, written the way the current language writes dates.
    // An instant (stored in UTC), shown as the neighborhood's calendar date.
    public string Date(DateTime instant) => timeZone.ToLocal(instant).ToString(text["d MMMM yyyy"], CultureInfo.CurrentCulture);

    // A calendar date someone chose, shown as it is.
    public string Date(DateOnly date) => date.ToString(text["d MMMM yyyy"], CultureInfo.CurrentCulture);

    public string Kilometres(double km) => text["{0} km", km.ToString("0.#", CultureInfo.CurrentCulture)];
}
