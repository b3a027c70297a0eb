using MutualAid.Web.Answers;
using MutualAid.Web.Geo;
using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;
using MutualAid.Web.Series;

namespace MutualAid.Web.Pages.PostPages;

public sealed record AnswerView(int Id, string NeighborId, string Name, string Message, AnswerStatus Status, DateTime CreatedAt, string? Email, string? Phone);

public sealed record AuthorContact(string Name, string? Email, string? Phone);

// Everything a post's page shows, read for one viewer at one moment. Distance is measured from
// the viewer's home only: this page is not given a neighborhood to measure from.
public sealed record PostPage(Post Post, LocalizedName Category, string AuthorName, string? ViewerId, DateTime Now, BlockSides Blocks)
{
    public DistanceBand? Distance { get; init; }

    // What the author lists on their profile: shown on each of their posts (decision: shared languages).
    public IReadOnlyList<string> AuthorSpeaks { get; init; } = [];
    public IReadOnlyList<MatchedPost> Matches { get; init; } = [];
    public IReadOnlyList<AnswerView> Answers { get; init; } = [];
    public AnswerView? MyAnswer { get; init; }
    public AuthorContact? AuthorContact { get; init; }
    public IReadOnlyList<GratitudeNote> Notes { get; init; } = [];
    public bool CanRenew { get; init; }

    // A date of a repeating post: its rule and end date, and this viewer's part in the series.
    public SeriesView? Series { get; init; }

    // The messages on each answer this viewer is a side of, and, for the author only, each
    // answerer's standing.
    public IReadOnlyDictionary<int, Conversation> Conversations { get; init; } = new Dictionary<int, Conversation>();
    public IReadOnlyDictionary<string, AnswererStanding> Standings { get; init; } = new Dictionary<string, AnswererStanding>();

    // A steward looking at a post hidden from everyone else.
    public bool StewardView { get; init; }

    public bool IsAuthor => Post.IsAuthor(ViewerId);
    public bool IsAccepted => MyAnswer?.Status == AnswerStatus.Accepted;
    public PostStatus Status => Post.StatusAt(Now);

    // Whom this viewer was put in touch with through the post, and so may thank: the author's
    // accepted neighbors, or an accepted neighbor's author; never across a block.
    public IReadOnlyList<(string Id, string Name)> Counterparts
    {
        get
        {
            IEnumerable<(string Id, string Name)> people = IsAuthor
                ? Answers.Where(a => a.Status == AnswerStatus.Accepted).Select(a => (a.NeighborId, a.Name))
                : IsAccepted ? [(Post.AuthorId, AuthorName)] : [];
            return people.Where(c => !Blocks.Across.Contains(c.Id)).ToList();
        }
    }
}
