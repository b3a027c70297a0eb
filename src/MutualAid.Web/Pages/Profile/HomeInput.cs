using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Geo;
using MutualAid.Web.Geocoding;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Profile;

// The home fields of every form that sets a home (the profile, the first log-in's home step),
// drawn by Pages/Shared/_HomeEditor.cshtml and read here, so both forms choose a home alike.
public class HomeInput
{
    [Display(Name = "Neighborhood")]
    public int? NeighborhoodId { get; set; }

    [Display(Name = "Latitude")]
    [Range(-90.0, 90.0, ErrorMessage = "Latitude must be between -90 and 90.")]
    public double? Latitude { get; set; }

    [Display(Name = "Longitude")]
    [Range(-180.0, 180.0, ErrorMessage = "Longitude must be between -180 and 180.")]
    public double? Longitude { get; set; }

    // A place search (see _PlaceSearch): what was typed and the chosen result's point; never saved.
    [StringLength(PlaceFinder.QueryMaxLength, ErrorMessage = "Keep the place to {1} characters or fewer.")]
    public string? PlaceQuery { get; set; }

    public string? SearchedPlace { get; set; }
    public string? FoundPlace { get; set; }

    // A place found by the search wins, then a point typed or clicked; otherwise a newly chosen neighborhood moves home to its
    // center. Re-saving with the same neighborhood keeps an exact point the neighbor set before.
    // Null when the form does not move home; a mistake is added to the model state.
    public (GeoPoint Point, int? NeighborhoodId)? ChosenHome(Neighbor neighbor, IReadOnlyList<Neighborhood> neighborhoods,
        ModelStateDictionary modelState, IStringLocalizer<HomeInput> text)
    {
        if (Geocoding.FoundPlace.ParseChoice(FoundPlace) is { } found)
        {
            return (found, null);
        }

        if (Latitude is { } lat && Longitude is { } lon)
        {
            return GeoPoint.IsValid(lat, lon) ? (new GeoPoint(lat, lon), null) : null;
        }

        if (Latitude is not null || Longitude is not null)
        {
            modelState.AddModelError("Input.Latitude", text["Enter both a latitude and a longitude, or neither."]);
            return null;
        }

        if (NeighborhoodId is not { } id || (id == neighbor.NeighborhoodId && neighbor.Home is not null))
        {
            return null;
        }

        var neighborhood = neighborhoods.FirstOrDefault(n => n.Id == id);
        if (neighborhood is null)
        {
            modelState.AddModelError("Input.NeighborhoodId", text["Choose a neighborhood from the list."]);
            return null;
        }

        return (neighborhood.Center, neighborhood.Id);
    }
}

// What the home editor draws besides the fields: the neighborhoods to choose from, the home
// already set (shown to its owner only, as a marker), the map's settings and the place search.
public sealed record HomeEditor(HomeInput Input, GeoPoint? Home, IReadOnlyList<Neighborhood> Neighborhoods, MapOptions Map,
    PlaceSearchView PlaceSearch);
