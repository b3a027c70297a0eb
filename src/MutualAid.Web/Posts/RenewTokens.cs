using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MutualAid.Web.Posts;

// The renewal link in an expiry reminder: signed, naming one post, valid for a couple of weeks.
public sealed class RenewTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("MutualAid.Renew.v1").ToTimeLimitedDataProtector();

    public string For(int postId) =>
        protector.Protect(postId.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow() + Lifetime);

    public int? PostIdFrom(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var text = protector.Unprotect(token, out var expiration);
            return expiration >= clock.GetUtcNow() && int.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
