using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Instances;

// The race: two instances behind a proxy tick at the same moment and both find the same due rows
// in the one outbox. If both sent what they found, every neighbor would get each email twice.
public class OutboxAcrossInstancesTests
{
    [PostgresOnlyFact]
    public async Task Two_instances_draining_one_outbox_together_send_every_email_exactly_once()
    {
        using var smtp = new SmtpServer();
        await using var site = new TwoInstances(smtp.Settings);
        var recipients = Enumerable.Range(1, 60).Select(i => $"neighbor{i}@example.org").ToArray();
        await site.A.QueueEmailsAsync(recipients);

        // More than one batch: two ticks each.
        await site.RunJobsTogetherAsync();
        await site.RunJobsTogetherAsync();

        Assert.All(await site.B.OutboxAsync(), row => Assert.Equal(OutboxStatus.Sent, row.Status));
        var received = smtp.Raw.SelectMany(e => e.EnvelopeTo).ToList();
        Assert.Equal(recipients.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
    }
}
