using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MutualAid.Web.Email;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Print;

// /Print takes the browse filters and lays the list out for paper. Distances are measured from
// the chosen neighborhood's center only, never from the reader's home: a sheet on a noticeboard
// must not say how far things are from whoever printed it.
public class IndexModel(ShownNames names, ViewerLocator locator, PrintedList list, IOptions<PrintOptions> options,
    IOptions<PublicSiteOptions> site, TimeProvider clock)
    : BrowsePageModel(names, locator)
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public PrintedPosts Posts { get; private set; } = new([], 0, false);
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;
    public string Contact { get; } = options.Value.Contact.Trim();
    public string SiteAddress { get; } = Shown(site.Value.PublicUrl);
    public Paper Paper { get; private set; }

    // Some part of the address could not be read (a word where a number goes): said on the page.
    public bool FiltersLeftOut { get; private set; }

    public async Task OnGetAsync(BrowseQuery query, [FromQuery] string? paper, CancellationToken cancellationToken)
    {
        FiltersLeftOut = !ModelState.IsValid;
        query.P = 1;
        Paper = Enum.TryParse<Paper>(paper, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen)
            ? chosen
            : Papers.Default(Request.Headers.AcceptLanguage);
        FiltersLeftOut |= paper is { Length: > 0 } && !Enum.TryParse<Paper>(paper, ignoreCase: true, out _);
        await LoadFiltersAsync(query, Nobody, cancellationToken);
        Posts = await list.ReadAsync(Query, Origin?.Cell, Reader, cancellationToken);
    }

    // An address as people write it: without the scheme or a last slash.
    public static string Shown(string url) => url.Replace("https://", "", StringComparison.OrdinalIgnoreCase)
        .Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
}
