using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: the network itself. The mail server takes a whole message and the connection drops
// before its "250 OK" arrives. If the app retried, a neighbor would get the same email twice: an
// introduction twice, a reminder twice, each looking like a new event.
public class DoubleDeliveryTests
{
    [Fact]
    public async Task An_email_the_server_may_have_taken_before_the_connection_dropped_is_not_sent_again()
    {
        using var smtp = new ScriptedSmtpServer((to, attempt) => to == "ana@example.org" && attempt == 1 ? SmtpAnswer.DropAfterData : SmtpAnswer.Accept);
        await using var app = new MutualAidApp(settings: smtp.Settings);
        await app.QueueEmailsAsync("ana@example.org", "ben@example.org");

        for (var tick = 0; tick < 6; tick++)
        {
            await app.DeliverEmailAsync();
            app.Clock.Advance(TimeSpan.FromMinutes(20));
        }

        Assert.Equal(["ana@example.org", "ben@example.org"], smtp.BodiesReceived.Order());
        Assert.Equal(["ben@example.org"], smtp.Delivered);
        var rows = await app.OutboxAsync();
        Assert.Equal(OutboxStatus.Failed, rows[0].Status);
        Assert.Contains("may not have been delivered", rows[0].LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, rows[1].Status);
    }

    [Fact]
    public async Task A_refusal_before_the_message_is_sent_is_retried_and_arrives_once()
    {
        using var smtp = new ScriptedSmtpServer((to, attempt) => attempt == 1 ? SmtpAnswer.Defer : SmtpAnswer.Accept);
        await using var app = new MutualAidApp(settings: smtp.Settings);
        await app.QueueEmailsAsync("ana@example.org");

        await app.DeliverEmailAsync();
        var deferred = Assert.Single(await app.OutboxAsync());
        Assert.Equal(OutboxStatus.Pending, deferred.Status);
        Assert.StartsWith("451", deferred.LastError, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverEmailAsync();
        await app.DeliverEmailAsync();

        Assert.Equal(["ana@example.org"], smtp.Delivered);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await app.OutboxAsync()).Status);
    }
}
