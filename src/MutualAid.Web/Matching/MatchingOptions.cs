using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Matching;

public sealed class MatchingOptions
{
    public const string Section = "Matching";

    [Range(1, 50)]
    public int MatchesPerPost { get; set; } = 5;
}
