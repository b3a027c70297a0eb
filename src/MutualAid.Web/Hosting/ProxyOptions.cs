using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MutualAid.Web.Hosting;

// The proxies whose X-Forwarded-For and X-Forwarded-Proto headers are believed. A proxy on this
// machine is always trusted; one on another machine only when listed, since otherwise anyone
// could claim any address (and slip past per-address limits) or claim HTTPS.
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    // Addresses such as 10.0.0.5.
    public List<string> KnownProxies { get; set; } = [];

    // Networks in CIDR form, such as 10.0.0.0/24.
    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<System.Net.IPNetwork> Networks => KnownNetworks.Select(n => System.Net.IPNetwork.Parse(n));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: \"{proxy}\" is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: \"{network}\" is not a network such as 10.0.0.0/24.", [nameof(KnownNetworks)]);
        }
    }
}
