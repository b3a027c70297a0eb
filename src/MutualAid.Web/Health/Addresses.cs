using System.Text.RegularExpressions;

namespace MutualAid.Web.Health;

// A mail server's error often quotes the recipient ("550 <ana@example.org>: no such user").
// Stewards see the error, never whose address it was.
public static partial class Addresses
{
    public const string Hidden = "[…]";

    public static string Remove(string text) => AddressPattern().Replace(text, Hidden);

    [GeneratedRegex(@"[^\s<>()\[\]""',;:]+@[^\s<>()\[\]""',;:]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AddressPattern();
}
