using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MutualAid.Web.Email;

// Every link an email carries, absolute, from the site's public address.
public sealed class EmailLinks(IOptions<PublicSiteOptions> options, UnsubscribeTokens tokens)
{
    private readonly string root = options.Value.PublicUrl.TrimEnd('/');

    public string Post(int postId) => $"{root}/Posts/{postId}";

    public string Mine() => $"{root}/Mine";

    public string Settings() => $"{root}/Profile/Notifications";

    public string Unsubscribe(string neighborId) => $"{root}/Unsubscribe?token={Uri.EscapeDataString(tokens.For(neighborId))}";

    // A query value that is null is left out.
    public string Absolute(string path, params (string Name, string? Value)[] query) =>
        root + QueryHelpers.AddQueryString(path, query.Where(q => q.Value is not null).Select(q => KeyValuePair.Create(q.Name, q.Value)));
}
