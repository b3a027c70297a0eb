using System.Globalization;

namespace MutualAid.Web.Pages.Print;

// A post's short code is its number: public already (it is in every post's address), easy to
// read over the phone, and /p/{code} leads to the post.
public static class ShortLinks
{
    public static string Code(int postId) => postId.ToString(CultureInfo.InvariantCulture);

    public static string Path(string code) => $"/p/{code}";
}
