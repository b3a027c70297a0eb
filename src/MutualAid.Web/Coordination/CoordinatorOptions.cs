namespace MutualAid.Web.Coordination;

public static class CoordinatorOptions
{
    public const string Role = "Coordinator";
    public const string Policy = "Coordinator";

    // A hand-over link is for one neighbor who is about to sign up, not a standing door.
    public static readonly TimeSpan HandOverLifetime = TimeSpan.FromDays(14);
}
