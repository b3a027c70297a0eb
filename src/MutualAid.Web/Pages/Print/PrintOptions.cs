using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Pages.Print;

// What a printed list says about the group itself: whom to call for someone without a phone
// that reads QR codes, or without a phone at all. Empty leaves the line out.
public sealed class PrintOptions
{
    public const string Section = "Print";

    [MaxLength(200)]
    public string Contact { get; set; } = "";
}
