using MutualAid.Web.Email;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.Print;

// One post as paper shows it: nothing but public facts, the band between public cells, and the
// links a neighbor can type or scan.
public sealed record PrintedPost(PostSummary Post, string ShortCode, string ShortLink, string QrSvg);

public sealed record PrintedPosts(IReadOnlyList<PrintedPost> Items, int Total, bool MoreThanShown);

// The posts of a printed list are the browse list's, page after page, read by the same PostBrowser
// (same filters, order, blocks and public cells), up to a few sheets' worth.
public sealed class PrintedList(PostBrowser browser, EmailLinks links)
{
    public const int Limit = 5 * BrowseQuery.PageSize;

    public async Task<PrintedPosts> ReadAsync(BrowseQuery query, GridCell? origin, Viewer? reader, CancellationToken cancellationToken)
    {
        var posts = new List<PostSummary>();
        var total = 0;
        var more = false;
        for (var page = 1; posts.Count < Limit; page++)
        {
            query.P = page;
            var result = await browser.BrowseAsync(query, origin, reader, cancellationToken);
            (total, more) = (result.Total, result.MoreThanTotal);
            posts.AddRange(result.Items);
            if (page >= result.PageCount)
            {
                break;
            }
        }

        query.P = 1;
        var items = posts.Take(Limit).Select(Printed).ToList();
        return new PrintedPosts(items, total, more || total > items.Count);
    }

    private PrintedPost Printed(PostSummary post)
    {
        var code = ShortLinks.Code(post.Id);
        return new PrintedPost(post, code, links.Absolute(ShortLinks.Path(code)), QrCodeSvg.For(links.Post(post.Id)));
    }
}
