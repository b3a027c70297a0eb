using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Matching;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Tests.Infrastructure;

public static class MatchedPosts
{
    // Saves a new post at the origin with its matches, as the new-post page does.
    public static async Task<Post> PostThroughMatchingAsync(this MutualAidApp app, string authorId, PostKind kind, string category = "Meals")
    {
        var categoryId = await app.CategoryIdAsync(category);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var post = Post.Create(authorId, kind, new PostContent(categoryId, $"{kind} {Guid.NewGuid():N}", "", Places.Origin, 3, Urgency.Whenever), now);
        await app.InScopeAsync(services =>
        {
            services.GetRequiredService<AppDbContext>().Posts.Add(post);
            return services.GetRequiredService<MatchFinder>().SaveWithMatchesAsync(post, now);
        });
        return post;
    }
}
