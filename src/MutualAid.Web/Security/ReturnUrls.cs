using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace MutualAid.Web.Security;

// A return address the visitor sends ("returnUrl") ends up in a Location header. Only a path on
// this site is kept, and it is written in plain ASCII: a character a header cannot carry, a line
// break, or a tab that a browser would drop to turn "/<tab>/elsewhere" into "//elsewhere" is
// percent-encoded. An address longer than any page of the site needs is not kept.
public static class ReturnUrls
{
    public const int MaxLength = 2048;

    // Null when the address is not a path on this site; the caller picks where to go instead.
    public static string? SafeLocal(this IUrlHelper url, string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength || !url.IsLocalUrl(returnUrl))
        {
            return null;
        }

        var encoded = Encode(returnUrl);
        return encoded.Length <= MaxLength ? encoded : null;
    }

    private static string Encode(string address)
    {
        var result = new StringBuilder(address.Length);
        var start = 0;
        while (start < address.Length)
        {
            var end = start;
            while (end < address.Length && !IsPlain(address[end]))
            {
                end++;
            }

            // A run of other characters is encoded as UTF-8, so a character made of two halves
            // stays one character (and a lone half becomes the replacement character).
            foreach (var b in Encoding.UTF8.GetBytes(address[start..end]))
            {
                result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            if (end < address.Length)
            {
                result.Append(address[end]);
            }

            start = end + 1;
        }

        return result.ToString();
    }

    private static bool IsPlain(char c) => c is > ' ' and < '\u007F' and not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}');
}
