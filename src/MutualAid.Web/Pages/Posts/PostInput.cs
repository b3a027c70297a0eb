using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Geo;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Localization;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.PostPages;

public enum LocationChoice
{
    Home,
    Neighborhood,
    Point,
}

// The post form shared by New and Edit. Messages are written for the person filling it in.
// A display name is shown in a value that cannot be read ("“x” is not a valid Latitude."); the
// English ones stay the field names shown before, and exist to be translated.
public sealed class PostInput
{
    [Required(ErrorMessage = "Choose whether this is a need or an offer.")]
    public PostKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose a category.")]
    [Display(Name = "Category")]
    public int? CategoryId { get; set; }

    [Required(ErrorMessage = "Give your post a short title.")]
    [StringLength(Post.TitleMaxLength, ErrorMessage = "Keep the title to {1} characters or fewer.")]
    public string? Title { get; set; }

    [StringLength(Post.DetailsMaxLength, ErrorMessage = "Keep the details to {1} characters or fewer.")]
    public string? Details { get; set; }

    public LocationChoice Location { get; set; }

    [Display(Name = "NeighborhoodId")]
    public int? NeighborhoodId { get; set; }

    [Range(-90.0, 90.0, ErrorMessage = "Latitude must be between -90 and 90.")]
    [Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180.0, 180.0, ErrorMessage = "Longitude must be between -180 and 180.")]
    [Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    [Required(ErrorMessage = "Say how far you can go or how far help may come from.")]
    [Range(0.1, Post.MaxRadiusKm, ErrorMessage = "Choose a distance between {1} and {2} km.")]
    [Display(Name = "Distance")]
    public double? RadiusKm { get; set; }

    // Nullable, as every number field is, so an empty box gets this message and not the
    // binder's, which cannot name the field.
    [Required(ErrorMessage = "Enter how many people.")]
    [Range(1, Post.MaxCapacity, ErrorMessage = "Choose a number from {1} to {2}.")]
    [Display(Name = "Capacity")]
    public int? Capacity { get; set; } = 1;

    public Urgency Urgency { get; set; }

    [Display(Name = "NeededBy")]
    public DateOnly? NeededBy { get; set; }

    [Display(Name = "IsStanding")]
    public bool IsStanding { get; set; }

    // Optional: the post is only for neighbors who speak one of these (codes from SpokenLanguages).
    public List<string> AskedLanguages { get; set; } = [];

    // A place search: what was typed, and the point of the result chosen. Neither is saved.
    [StringLength(PlaceFinder.QueryMaxLength, ErrorMessage = "Keep the place to {1} characters or fewer.")]
    public string? PlaceQuery { get; set; }

    public string? SearchedPlace { get; set; }

    public string? FoundPlace { get; set; }

    // New posts only: each date of a repeating post is a post of its own.
    public RepeatInput Repeat { get; set; } = new();

    public static PostInput From(Post post) => new()
    {
        Kind = post.Kind,
        CategoryId = post.CategoryId,
        Title = post.Title,
        Details = post.Details,
        Location = LocationChoice.Home,
        RadiusKm = post.RadiusKm,
        Urgency = post.Urgency,
        NeededBy = post.NeededBy,
        IsStanding = post.IsStanding,
        Capacity = post.Capacity,
        AskedLanguages = post.AskedLanguages,
    };

    // Turns valid input into content; on a problem, records it beside the field and returns null.
    public PostContent? ToContent(ModelStateDictionary modelState, GeoPoint? home, GeoPoint? current,
        IReadOnlyList<Neighborhood> neighborhoods, IReadOnlySet<int> categoryIds, DateOnly today, IStringLocalizer<PostInput> text)
    {
        if (CategoryId is { } categoryId && !categoryIds.Contains(categoryId))
        {
            modelState.AddModelError("Input.CategoryId", text["Choose a category from the list."]);
        }

        if (!Enum.IsDefined(Urgency))
        {
            modelState.AddModelError("Input.Urgency", text["Choose how soon it is needed."]);
        }

        if (NeededBy is { } date && (date < today || date > today.AddYears(1)))
        {
            modelState.AddModelError("Input.NeededBy", text["Choose a date from today to a year from now."]);
        }

        if (!AskedLanguages.All(SpokenLanguages.IsKnown))
        {
            modelState.AddModelError("Input.AskedLanguages", text["Choose languages from the list."]);
            AskedLanguages = SpokenLanguages.Clean(AskedLanguages);
        }

        var location = ResolveLocation(modelState, home, current, neighborhoods, text);
        if (!modelState.IsValid || location is null)
        {
            return null;
        }

        return new PostContent(CategoryId!.Value, Title!, Details ?? "", location.Value, RadiusKm!.Value,
            Urgency, NeededBy, IsStanding, Capacity!.Value, AskedLanguages);
    }

    // A neighborhood picked from its list counts as choosing it: without scripts, nothing else
    // ticks "In a neighborhood", and the pick must not be silently dropped for the home point.
    private GeoPoint? ResolveLocation(ModelStateDictionary modelState, GeoPoint? home, GeoPoint? current,
        IReadOnlyList<Neighborhood> neighborhoods, IStringLocalizer<PostInput> text)
    {
        if (Location == LocationChoice.Home && NeighborhoodId is not null)
        {
            Location = LocationChoice.Neighborhood;
            // A form sent back for another field then ticks the choice that was taken.
            modelState.SetModelValue("Input.Location", nameof(LocationChoice.Neighborhood), nameof(LocationChoice.Neighborhood));
        }

        switch (Location)
        {
            case LocationChoice.Home:
                var point = current ?? home;
                if (point is null)
                {
                    modelState.AddModelError("Input.Location", text["You have not set a home yet. Choose a neighborhood or a place instead."]);
                }

                return point;
            case LocationChoice.Neighborhood when NeighborhoodId is null && home is null:
                modelState.AddModelError("Input.Location", text["You have not set a home yet. Choose a neighborhood or a place instead."]);
                return null;
            case LocationChoice.Neighborhood:
                var neighborhood = neighborhoods.FirstOrDefault(n => n.Id == NeighborhoodId);
                if (neighborhood is null)
                {
                    modelState.AddModelError("Input.NeighborhoodId", text["Choose a neighborhood from the list."]);
                }

                return neighborhood?.Center;
            case LocationChoice.Point:
                if (Geocoding.FoundPlace.ParseChoice(FoundPlace) is { } found)
                {
                    (Latitude, Longitude) = (found.Latitude, found.Longitude);
                    return found;
                }

                if (Latitude is not { } lat || Longitude is not { } lon || !GeoPoint.IsValid(lat, lon))
                {
                    // A latitude or longitude out of range already has its own message.
                    if (modelState.GetFieldValidationState("Input.Latitude") != ModelValidationState.Invalid
                        && modelState.GetFieldValidationState("Input.Longitude") != ModelValidationState.Invalid)
                    {
                        modelState.AddModelError("Input.Location", text["Click the map or search for a place, or choose another option."]);
                    }

                    return null;
                }

                return new GeoPoint(lat, lon);
            default:
                modelState.AddModelError("Input.Location", text["Choose where this is."]);
                return null;
        }
    }
}
