using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Neighbors;

// Read from the RateLimits section beside the limits per IP address. Emails that a stranger can
// make the site send to an address (confirmation, "already registered", new password) are capped
// per address and day, so nobody can use the site to flood someone's inbox from many machines.
public sealed class AccountEmailLimits
{
    public const string Section = "RateLimits";

    [Range(1, 1000)]
    public int AccountEmailsPerAddressPerDay { get; set; } = 5;
}
