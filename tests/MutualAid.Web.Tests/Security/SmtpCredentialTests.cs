using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: someone on the path to the mail server (or a server that never offers TLS, or a
// middlebox that strips STARTTLS from its greeting) waits for the app to log in, to read the SMTP
// password and the neighbors' contact details as they cross the network in the clear.
public class SmtpCredentialTests
{
    private const string User = "mutualaid";
    private const string Password = "smtp-Secret-4729";

    private static Dictionary<string, string?> WithCredentials(ScriptedSmtpServer smtp) => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:User"] = User,
        ["Email:Smtp:Password"] = Password,
    };

    [Fact]
    public async Task A_server_without_TLS_never_sees_the_password_and_the_email_waits_with_a_plain_reason()
    {
        using var smtp = new ScriptedSmtpServer(advertiseAuth: true);
        var log = new LogRecorder();
        await using var app = new MutualAidApp(settings: WithCredentials(smtp), services: s => s.AddSingleton<ILoggerProvider>(log));
        await app.QueueEmailsAsync("ana@example.org");

        await app.DeliverEmailAsync();

        var wire = string.Join("\n", smtp.Lines);
        Assert.DoesNotContain(smtp.Lines, line => line.StartsWith("AUTH", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Password, wire, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Lines.SelectMany(line => line.Split(' ')), word => Decoded(word).Contains(Password, StringComparison.Ordinal));
        Assert.Empty(smtp.BodiesReceived);
        var row = Assert.Single(await app.OutboxAsync());
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("TLS", row.LastError, StringComparison.Ordinal);
        Assert.Contains(log.AtLeast(LogLevel.Warning), message => message.Contains("TLS", StringComparison.Ordinal) && message.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_leave_for_plain_text_a_server_without_TLS_gets_no_email_even_without_a_password()
    {
        using var smtp = new SmtpServer();
        var settings = smtp.Settings;
        settings.Remove("Email:Smtp:AllowPlainText");
        await using var app = new MutualAidApp(settings: settings);
        await app.QueueEmailsAsync("ana@example.org");

        await app.DeliverEmailAsync();

        Assert.Empty(smtp.Received);
        Assert.Equal(OutboxStatus.Pending, Assert.Single(await app.OutboxAsync()).Status);
    }

    [Fact]
    public async Task A_local_relay_without_credentials_works_in_plain_text_when_allowed()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp(settings: smtp.Settings);
        await app.QueueEmailsAsync("ana@example.org");

        await app.DeliverEmailAsync();

        Assert.Single(smtp.To("ana@example.org"));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await app.OutboxAsync()).Status);
    }

    [Theory]
    [InlineData("Email:Smtp:AllowPlainText", "true")]
    [InlineData("Email:Smtp:UseTls", "false")]
    public async Task Plain_text_together_with_a_password_stops_the_app_at_start_up(string setting, string value)
    {
        using var smtp = new ScriptedSmtpServer(advertiseAuth: true);
        var settings = WithCredentials(smtp);
        settings[setting] = value;
        await using var app = new MutualAidApp(settings: settings);

        var refused = Record.Exception(() => app.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("Email:Smtp:AllowPlainText", refused.ToString(), StringComparison.Ordinal);
        Assert.Empty(smtp.Lines);
    }

    private static string Decoded(string word)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(word));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
