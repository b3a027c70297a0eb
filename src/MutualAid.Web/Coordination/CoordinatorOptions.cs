namespace MutualAid.Web.Coordination;

public static class CoordinatorOptions
{
    public const string Role = "Coordinator";
    public const string Policy = "Coordinator";

    // Stewards answer for what is kept about neighbors without an account, so they may read the
    // records; only a coordinator adds, edits, posts for, takes over or hands over.
    public const string ReadPolicy = "CoordinatorOrSteward";

    // A hand-over link is for one neighbor who is about to sign up, not a standing door.
    public static readonly TimeSpan HandOverLifetime = TimeSpan.FromDays(14);
}
