using MutualAid.Web.Localization;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;

namespace MutualAid.Benchmarks;

// The baseline: the same rules as MatchFinder applied to every post held in memory, distances
// measured between the posts' public cell centers.
public static class BruteForceMatcher
{
    public static IReadOnlyList<MatchCandidate> Find(List<Post> posts, Post post, DateTime now, int take, IReadOnlyDictionary<string, List<string>> speaks, IReadOnlyDictionary<string, HashSet<string>> blocked)
    {
        if (!post.IsOpenAt(now))
        {
            return [];
        }

        var opposite = post.Kind == PostKind.Need ? PostKind.Offer : PostKind.Need;
        var found = new List<MatchCandidate>();
        foreach (var candidate in posts)
        {
            if (candidate.Kind != opposite || candidate.CategoryId != post.CategoryId
                || !candidate.IsOpenAt(now) || candidate.AuthorId == post.AuthorId
                || blocked[post.AuthorId].Contains(candidate.AuthorId))
            {
                continue;
            }

            if (!SpokenLanguages.Reaches(post.AskedLanguages, speaks[candidate.AuthorId])
                || !SpokenLanguages.Reaches(candidate.AskedLanguages, speaks[post.AuthorId]))
            {
                continue;
            }

            var distance = post.Cell.DistanceKmTo(candidate.Cell);
            if (distance <= post.RadiusKm && distance <= candidate.RadiusKm)
            {
                found.Add(new MatchCandidate(candidate.Id, candidate.AuthorId, distance, candidate.Urgency, candidate.CreatedAt));
            }
        }

        return [.. found
            .OrderBy(c => c.DistanceKm)
            .ThenByDescending(c => c.Urgency)
            .ThenByDescending(c => c.CreatedAt)
            .ThenBy(c => c.PostId)
            .Take(take)];
    }
}
