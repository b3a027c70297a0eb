using MutualAid.Web.Email;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Health;

// Posts in the states the health page counts, and failed emails of both kinds, written as the
// app's own steps would leave them.
public static class HealthSeeding
{
    public static async Task<Post> AnsweredNeedAsync(this MutualAidApp app, string authorId, string answererId, string title, string category,
        TimeSpan answeredAfter, TimeSpan? fulfilledAfter = null)
    {
        var created = app.Clock.GetUtcNow().UtcDateTime;
        var post = await app.AddPostAsync(authorId, PostKind.Need, title, TestData.AnaHome, category, createdAt: created);
        await app.WithDbAsync(async db =>
        {
            db.Attach(post);
            var answer = post.ReceiveAnswer(answererId, "I can", created + answeredAfter);
            db.Answers.Add(answer);
            await db.SaveChangesAsync();
            if (fulfilledAfter is { } after)
            {
                post.Accept(answer, created + answeredAfter);
                post.Fulfil(created + after);
            }

            return await db.SaveChangesAsync();
        });
        return post;
    }

    public static Task<int> AddNeighborhoodAsync(this MutualAidApp app, string name, double latitude, double longitude, double radiusKm) =>
        app.WithDbAsync(async db =>
        {
            var area = new Neighborhood { Name = name, CenterLatitude = latitude, CenterLongitude = longitude, RadiusKm = radiusKm };
            db.Neighborhoods.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });

    // One email the server refused for good (safe to send again) and one whose connection dropped
    // after it went out (it may have been delivered).
    public static Task<(long Refused, long MaybeDelivered)> FailedEmailsAsync(this MutualAidApp app) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var refused = new OutboxMessage(new EmailMessage("ben@example.org", "Ana accepted your answer", "text", "<p>html</p>"), now);
            refused.RecordFailure("550 5.1.1 <ben@example.org>: Recipient address rejected", permanent: true, now, new OutboxOptions());
            var dropped = new OutboxMessage(new EmailMessage("cai@example.org", "New needs near you", "text", "<p>html</p>"), now);
            dropped.MarkDeliveryUnknown("The connection dropped", now);
            db.Outbox.AddRange(refused, dropped);
            await db.SaveChangesAsync();
            return (refused.Id, dropped.Id);
        });
}
