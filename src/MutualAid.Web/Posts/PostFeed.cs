using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;

namespace MutualAid.Web.Posts;

// The newest open posts as an Atom feed, for a group to pipe into its chat or noticeboard. It
// holds only what the public list shows (kind, category, title, excerpt, how soon), never a
// place: a feed is narrowed to a neighborhood by its filters, not by any point.
public sealed class PostFeed(EmailLinks links, Labels labels, IStringLocalizer<PostFeed> text)
{
    public byte[] Write(IReadOnlyList<PostSummary> posts, string selfUrl, string listUrl, DateTime now)
    {
        var feed = new SyndicationFeed(text["Open needs and offers on MutualAid"], text["The newest open posts that match these filters."],
            new Uri(listUrl), selfUrl, posts.Count == 0 ? now : posts.Max(p => p.CreatedAt))
        {
            Items = posts.Select(Entry).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = "MutualAid" });
        feed.Links.Add(new SyndicationLink(new Uri(selfUrl), "self", null, "application/atom+xml", 0));
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private SyndicationItem Entry(PostSummary post)
    {
        var link = links.Post(post.Id);
        var title = $"{labels.Kind(post.Kind)} · {post.Category.Shown}: {post.Title}";
        var summary = $"{post.Excerpt} ({text["how soon: {0}", labels.Urgency(post.Urgency)]})".TrimStart();
        var created = new DateTimeOffset(DateTime.SpecifyKind(post.CreatedAt, DateTimeKind.Utc));
        var entry = new SyndicationItem
        {
            Id = link,
            Title = new TextSyndicationContent(title),
            Summary = new TextSyndicationContent(summary),
            LastUpdatedTime = created,
            PublishDate = created
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(link)));
        return entry;
    }
}
