using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Geocoding;

// A place search over a Nominatim-compatible service. Off unless Url is set: a neighborhood that
// runs its own, or accepts a public service's usage policy, turns it on.
public sealed class GeocodingOptions : IValidatableObject
{
    public const string Section = "Geocoding";

    // The service's base address, for example https://nominatim.openstreetmap.org
    public string? Url { get; set; }

    // Public services ask every application to name itself.
    [Required]
    [StringLength(200, MinimumLength = 3)]
    public string UserAgent { get; set; } = "MutualAid (a neighborhood mutual aid site)";

    [Range(1, 30)]
    public int TimeoutSeconds { get; set; } = 5;

    [Range(1, 10)]
    public int MaxResults { get; set; } = 5;

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Geocoding:Url must be an absolute http or https address.", [nameof(Url)]);
        }
    }
}
