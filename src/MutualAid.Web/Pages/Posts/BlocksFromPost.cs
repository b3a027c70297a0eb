using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Pages.PostPages;

// Blocking from a post's page: a reader blocks the post's author; the author blocks someone who
// answered, from the answer. The post names the neighbor, so nobody can block an id they never saw.
public sealed class BlocksFromPost(AppDbContext db, NeighborBlocks blocks, IStringLocalizer<BlocksFromPost> text)
{
    public async Task<FlowResult> BlockAuthorAsync(int postId, string readerId)
    {
        var authorId = await db.Posts.Where(p => p.Id == postId).Select(p => p.AuthorId).FirstOrDefaultAsync();
        return authorId is null || authorId == readerId ? FlowResult.NotFound : await BlockAsync(readerId, authorId);
    }

    public async Task<FlowResult> BlockAnswererAsync(int postId, int answerId, string authorId)
    {
        var answererId = await db.Answers.Where(a => a.Id == answerId && a.PostId == postId && db.Posts.Any(p => p.Id == postId && p.AuthorId == authorId))
            .Select(a => a.NeighborId).FirstOrDefaultAsync();
        return answererId is null ? FlowResult.NotFound : await BlockAsync(authorId, answererId);
    }

    private async Task<FlowResult> BlockAsync(string blockerId, string blockedId)
    {
        await blocks.BlockAsync(blockerId, blockedId);
        return FlowResult.Done(text["Blocked. You will not see each other's posts, answer each other or be matched."]);
    }
}
