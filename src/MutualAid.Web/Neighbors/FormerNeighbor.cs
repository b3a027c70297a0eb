using Microsoft.Extensions.Localization;

namespace MutualAid.Web.Neighbors;

// A deleted account keeps no name (AccountErasure): wherever its posts, answers or messages still
// show, other neighbors read "a former neighbor" in their own language.
public sealed class FormerNeighbor(IStringLocalizer<FormerNeighbor> text)
{
    public string Name(string? displayName) => string.IsNullOrEmpty(displayName) ? text["a former neighbor"] : displayName;
}
