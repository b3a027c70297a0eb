using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MutualAid.Web.Email;

// A signed token naming the neighbor, so an unsubscribe link works without logging in and
// cannot be forged for anyone else. Keys live in the database, so links survive restarts.
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("MutualAid.Unsubscribe.v1");

    public string For(string neighborId) => protector.Protect(neighborId);

    public string? NeighborIdFrom(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
