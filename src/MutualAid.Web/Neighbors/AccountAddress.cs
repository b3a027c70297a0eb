using System.Text;
using Microsoft.AspNetCore.Identity;

namespace MutualAid.Web.Neighbors;

// The one spelling an account's address is kept and looked up under. Letters that only look
// different (full-width letters, the Kelvin sign, the long s) become the plain letters they stand
// for, and anything outside the characters an account name may hold is refused before the address
// is looked up. So a look-alike never opens a second account beside an existing one, nor gets an
// answer that differs with whether that account exists.
public static class AccountAddress
{
    public const int MaxLength = 254;

    public static string Canonical(string typed) => typed.Trim().Normalize(NormalizationForm.FormKC);

    // Normalizing can lengthen a character many times over ("…" becomes "..."), hence the length again.
    public static bool IsAllowed(string canonical, UserOptions options) =>
        canonical.Length <= MaxLength && canonical.All(c => options.AllowedUserNameCharacters.Contains(c, StringComparison.Ordinal));
}
