using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Notifications;

public class RefusedRecipientTests
{
    [Fact]
    public async Task A_5xx_for_one_recipient_fails_that_email_at_once_and_the_rest_still_go()
    {
        using var smtp = new ScriptedSmtpServer((to, _) => to == "gone@example.org" ? SmtpAnswer.Refuse : SmtpAnswer.Accept);
        await using var app = new MutualAidApp(settings: smtp.Settings);
        await app.InScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            outbox.Enqueue(new EmailMessage("gone@example.org", "To nobody", "text", "<p>html</p>"));
            outbox.Enqueue(new EmailMessage("here@example.org", "To someone", "text", "<p>html</p>"));
            await services.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
        });

        await app.DeliverEmailAsync();

        var rows = await app.WithDbAsync(db => db.Outbox.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(OutboxStatus.Failed, rows[0].Status);
        Assert.StartsWith("550", rows[0].LastError, StringComparison.Ordinal);
        Assert.Equal(1, rows[0].Attempts);
        Assert.Equal(OutboxStatus.Sent, rows[1].Status);
        Assert.Equal(["here@example.org"], smtp.Delivered);
    }
}
