using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Email;

public sealed class PublicSiteOptions
{
    public const string Section = "App";

    // Emails are read outside the site, so their links are absolute, built from this address.
    [Required]
    [Url]
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
