using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MutualAid.Web.Pages;

// Friendly pages for error status codes, shown in place of the browser's bare ones.
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "Please go back and try again.";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Page not found", "This page does not exist, or the post was withdrawn or has expired."),
            403 => ("Not allowed", "You cannot do that here."),
            400 => ("That did not work", "The link may be incomplete (mail apps sometimes cut links short), or the form was open too long. Copy the whole link from the email, or go back, reload the page and try again."),
            429 => ("Too many tries", "Please wait a few minutes and try again."),
            _ => (Heading, Explanation),
        };
    }
}
