using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Email;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Posts;

namespace MutualAid.Web.Answers;

public sealed record MessageView(string SenderName, bool FromViewer, string Text, DateTime CreatedAt);

public sealed record Conversation(IReadOnlyList<MessageView> Messages, bool CanSend);

// What a send tells the page: a step's result, or a message for the field when the words are wrong.
public sealed record SendResult(FlowResult Flow, string? FieldError = null);

// Messages on an answer between the post's author and the answerer. Anyone else, and anyone who
// cannot see the post (across a block, or once it left public view), finds no such answer: the
// same as for an answer that does not exist. A block between the two also shuts the conversation
// the way closing does, so neither learns of it from here.
public sealed class Conversations(AppDbContext db, Outbox outbox, AnswerEmails emails, Recipients recipients, NeighborBlocks blocks,
    BlockedAccounts accounts, IOptions<StewardOptions> limits, TimeProvider clock, IStringLocalizer<Conversations> text,
    FormerNeighbor former)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<SendResult> SendAsync(int postId, int answerId, string senderId, string? words)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId);
        var answer = await db.Answers.AsNoTracking().FirstOrDefaultAsync(a => a.Id == answerId && a.PostId == postId);
        if (post is null || answer is null || !(post.IsAuthor(senderId) || answer.NeighborId == senderId))
        {
            return new(FlowResult.NotFound);
        }

        var otherId = post.IsAuthor(senderId) ? answer.NeighborId : post.AuthorId;
        var blocked = await blocks.BetweenAsync(senderId, otherId);
        if (!post.IsAuthor(senderId) && (blocked || !post.IsPublicAt(Now)))
        {
            return new(FlowResult.NotFound);
        }

        if (blocked || !AnswerMessage.CanTalkOn(post, answer.Status, Now))
        {
            return new(FlowResult.Refused(text["This answer no longer takes messages."]));
        }

        var trimmed = words?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > AnswerMessage.TextMaxLength)
        {
            return new(FlowResult.Refused(""), trimmed.Length == 0
                ? text["Write a message."]
                : text["Keep your message to {0} characters or fewer.", AnswerMessage.TextMaxLength]);
        }

        if ((await accounts.RefusalAsync(senderId) ?? await NewAccountRefusalAsync(senderId)) is { } refusal)
        {
            return new(FlowResult.Refused(refusal));
        }

        db.AnswerMessages.Add(new AnswerMessage(answerId, senderId, trimmed, Now));
        if (await StartsARunAsync(answerId, senderId))
        {
            var people = await recipients.ManyAsync([senderId, otherId]);
            outbox.EnqueueUpdate(people[otherId], to => emails.NewMessage(to, people[senderId].DisplayName, post.Title, post.Id, trimmed, post.IsAuthor(otherId)));
        }

        await db.SaveChangesAsync();
        return new(FlowResult.Done(text["Your message is sent."]));
    }

    // The other side is emailed about the first message since they last wrote, not about each
    // one: the rest wait on the page, so a burst of messages is one email.
    private async Task<bool> StartsARunAsync(int answerId, string senderId)
    {
        var last = await db.AnswerMessages.AsNoTracking().Where(m => m.AnswerId == answerId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.SenderId).FirstOrDefaultAsync();
        return last != senderId;
    }

    // New accounts send a few messages in their first hours, as they make a few posts.
    private async Task<string?> NewAccountRefusalAsync(string senderId)
    {
        var options = limits.Value;
        var since = Now - TimeSpan.FromHours(options.NewAccountHours);
        var joined = await db.Users.Where(u => u.Id == senderId).Select(u => u.CreatedAt).FirstAsync();
        if (joined <= since)
        {
            return null;
        }

        var sent = await db.AnswerMessages.CountAsync(m => m.SenderId == senderId);
        return sent < options.NewAccountMaxMessages
            ? null
            : text["New accounts can send {0} messages in their first {1} hours. Please try again later.", options.NewAccountMaxMessages, options.NewAccountHours].Value;
    }

    // The conversations this viewer is one of the two sides of, by answer, oldest message first.
    public async Task<Dictionary<int, Conversation>> ForPostAsync(Post post, string viewerId, CancellationToken cancellationToken = default)
    {
        var isAuthor = post.IsAuthor(viewerId);
        var mine = await db.Answers.AsNoTracking().Where(a => a.PostId == post.Id && (isAuthor || a.NeighborId == viewerId))
            .Select(a => new { a.Id, a.NeighborId, a.Status }).ToListAsync(cancellationToken);
        var ids = mine.Select(a => a.Id).ToList();
        var rows = await (from m in db.AnswerMessages.AsNoTracking()
                          where ids.Contains(m.AnswerId)
                          join n in db.Users on m.SenderId equals n.Id
                          orderby m.CreatedAt, m.Id
                          select new { m.AnswerId, m.SenderId, n.DisplayName, m.Text, m.CreatedAt })
            .ToListAsync(cancellationToken);
        var across = (await blocks.SidesAsync(viewerId, cancellationToken)).Across;
        return mine.ToDictionary(a => a.Id, a => new Conversation(
            rows.Where(r => r.AnswerId == a.Id).Select(r => new MessageView(former.Name(r.DisplayName), r.SenderId == viewerId, r.Text, r.CreatedAt)).ToList(),
            AnswerMessage.CanTalkOn(post, a.Status, Now) && !across.Contains(isAuthor ? a.NeighborId : post.AuthorId)));
    }
}
