using Microsoft.Extensions.Options;
using MutualAid.Web.Hosting;

namespace MutualAid.Web.Notifications;

public sealed class EmailLinks(IOptions<AppOptions> options, UnsubscribeTokens tokens)
{
    private readonly string root = options.Value.PublicUrl.TrimEnd('/');

    public string Post(int postId) => $"{root}/Posts/{postId}";

    public string Mine() => $"{root}/Mine";

    public string Settings() => $"{root}/Profile/Notifications";

    public string Unsubscribe(string neighborId) => $"{root}/Unsubscribe?token={Uri.EscapeDataString(tokens.For(neighborId))}";

    public string Absolute(string path) => root + path;
}
