using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MutualAid.Web.Pages;

// Friendly pages for error status codes, shown in place of the browser's bare ones.
[IgnoreAntiforgeryToken]
public class StatusModel(IStringLocalizer<StatusModel> text) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    // A form that failed is shown this page by the same POST; its body is not read again (it may
    // be the reason it failed), so the code comes from the address alone.
    public void OnPost() => Describe(int.TryParse(Request.Query["code"], out var code) ? code : 0);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => (text["Page not found"], text["This page does not exist, or the post was withdrawn or has expired."]),
            403 => (text["Not allowed"], text["You cannot do that here."]),
            400 => (text["That did not work"], text["The link may be incomplete (mail apps sometimes cut links short), or the form was open too long. Copy the whole link from the email, or go back, reload the page and try again."]),
            413 => (text["Too much to send"], text["The form held more than this site accepts. Go back (your browser usually keeps what you typed), shorten the longest text and send it again."]),
            429 => (text["Too many tries"], text["Please wait a few minutes and try again."]),
            _ => (text["Something went wrong"], text["Please go back and try again."]),
        };
    }
}
