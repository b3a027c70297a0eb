using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MutualAid.Web.Pages.Print;

// The address printed under each post's code, short enough to type: it leads to the post page,
// which decides, as always, what the reader may see.
public class ShortLinkModel : PageModel
{
    public IActionResult OnGet(int id) => id > 0 ? Redirect($"/Posts/{id}") : NotFound();
}
