using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Geocoding;

// What the place search partial shows: whether there is a search at all, what was typed and last
// searched for, and the results of the search just made, with the chosen one's point.
public sealed record PlaceSearchView(bool Enabled, string? Query, string? Searched, IReadOnlyList<FoundPlace> Found, string? Chosen)
{
    // Enter pressed in the search box sends the whole form: a place typed but not yet searched for
    // is searched for, rather than the post saved somewhere else.
    public bool WaitsForSearch => Enabled && !string.IsNullOrWhiteSpace(Query) && Chosen is null && Query != Searched;
}

// The "Search" step of a form with a place in it: asks the geocoder and says at the field what
// came of it. A page shows the results and saves nothing.
public sealed class PlaceSearch(PlaceFinder finder, IStringLocalizer<PlaceSearch> text)
{
    public const string QueryField = "Input.PlaceQuery";

    public bool Enabled => finder.Enabled;

    // A form's "Search" step: the results to choose from, the first one chosen. Nothing is saved.
    public async Task<PlaceSearchView> SearchForViewAsync(ModelStateDictionary modelState, string? query, CancellationToken cancellationToken)
    {
        var found = Enabled ? await SearchAsync(modelState, query, cancellationToken) : [];
        return new(Enabled, query, query, found, found.Count > 0 ? found[0].Choice : null);
    }

    public async Task<IReadOnlyList<FoundPlace>> SearchAsync(ModelStateDictionary modelState, string? query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            modelState.AddModelError(QueryField, text["Type a place to search for: a street, a square, a landmark."]);
            return [];
        }

        if (query.Length > PlaceFinder.QueryMaxLength)
        {
            modelState.AddModelError(QueryField, text["Keep the place to {0} characters or fewer.", PlaceFinder.QueryMaxLength]);
            return [];
        }

        var result = await finder.FindAsync(query, Languages.Current, cancellationToken);
        switch (result.Outcome)
        {
            case PlaceSearchOutcome.Unavailable:
                modelState.AddModelError(QueryField, text["The place search is not answering just now. Try again later, or choose another option."]);
                break;
            case PlaceSearchOutcome.NothingFound:
                modelState.AddModelError(QueryField, text["No place found by that name. Try another spelling, or a street nearby."]);
                break;
        }

        return result.Places;
    }
}
