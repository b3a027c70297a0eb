using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

public class SettingsCheckTests
{
    [Fact]
    public async Task Check_names_each_thing_a_production_host_must_fix_and_exits_with_one()
    {
        await using var app = new MutualAidApp("Production");
        await app.AddNeighborAsync("ana@example.org", "Ana");

        var (exitCode, output) = await HostCommands.RunAsync(
            [.. HostCommands.On(app, "Production", "check"), "--App:PublicUrl", "http://mutualaid.example", "--Map:TileUrl", "http://tiles.example/{z}/{x}/{y}.png"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("FIX  App:PublicUrl is http://mutualaid.example", output, StringComparison.Ordinal);
        Assert.Contains("FIX  Map:TileUrl is http://tiles.example/{z}/{x}/{y}.png: browsers refuse", output, StringComparison.Ordinal);
        Assert.Contains("FIX  There is no steward yet", output, StringComparison.Ordinal);
        Assert.Contains($"FIX  Email:Smtp:Host is empty: emails are written as files to {app.MailFolder}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_passes_a_production_site_with_https_a_steward_and_a_mail_server_that_answers()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp("Production", new() { ["MutualAid:Stewards:0"] = "ana@example.org" });
        await app.AddNeighborAsync("ana@example.org", "Ana");
        await app.WithServiceAsync<MutualAid.Web.Data.DatabaseInitializer, int>(async init => { await init.InitializeAsync(); return 0; });

        var (exitCode, output) = await HostCommands.RunAsync([.. HostCommands.On(app, "Production", "check"), .. SmtpArguments(smtp)]);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"ok   The mail server 127.0.0.1:{smtp.Port} answered (without TLS, as allowed).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FIX", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reports_a_mail_server_that_does_not_answer_and_a_setting_that_is_not_valid()
    {
        await using var app = new MutualAidApp("Production");
        int closedPort;
        using (var stopped = new SmtpServer())
        {
            closedPort = stopped.Port;
        }

        var silent = await HostCommands.RunAsync([.. HostCommands.On(app, "Testing", "check"),
            "--Email:Smtp:Host", "127.0.0.1", "--Email:Smtp:Port", $"{closedPort}", "--Email:Smtp:AllowPlainText", "true"]);
        var invalid = await HostCommands.RunAsync([.. HostCommands.On(app, "Testing", "check"), "--ForwardedHeaders:KnownProxies:0", "the proxy",
            "--App:TimeZone", "Mars/Olympus_Mons"]);

        Assert.Equal(1, silent.ExitCode);
        Assert.Contains($"FIX  The mail server 127.0.0.1:{closedPort} could not be used", silent.Output, StringComparison.Ordinal);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("FIX  ForwardedHeaders:KnownProxies: \"the proxy\" is not an IP address.", invalid.Output, StringComparison.Ordinal);
        Assert.Contains("FIX  App:TimeZone \"Mars/Olympus_Mons\" is not a time zone", invalid.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("failed", invalid.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_names_a_production_site_listening_over_plain_http_for_other_machines_unless_a_proxy_is_trusted()
    {
        await using var app = new MutualAidApp("Production");

        var exposed = await HostCommands.RunAsync([.. HostCommands.On(app, "Production", "check"), "--urls", "http://127.0.0.1:5080;http://0.0.0.0:5080"]);
        var loopback = await HostCommands.RunAsync([.. HostCommands.On(app, "Production", "check"), "--urls", "http://127.0.0.1:5080"]);
        var trusted = await HostCommands.RunAsync([.. HostCommands.On(app, "Production", "check"), "--urls", "http://0.0.0.0:5080",
            "--ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24"]);

        Assert.Equal(1, exposed.ExitCode);
        Assert.Contains("FIX  The site listens on http://0.0.0.0:5080 over plain HTTP, and no proxy is trusted", exposed.Output, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders:KnownProxies", exposed.Output, StringComparison.Ordinal);
        Assert.Contains("ok   Forwarded headers are trusted from a proxy on this machine only.", loopback.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("plain HTTP", loopback.Output + trusted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_with_what_it_takes()
    {
        var (exitCode, output) = await HostCommands.RunAsync("--help");

        Assert.Equal(0, exitCode);
        foreach (var usage in new[] { "backup PATH", "restore PATH", "move-from-sqlite PATH", "make-steward EMAIL", "check", "send-test-email ADDRESS" })
        {
            Assert.Contains($"  {usage} ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Send_test_email_delivers_one_email_through_the_mail_server_and_refuses_a_bad_address()
    {
        using var smtp = new SmtpServer();
        await using var app = new MutualAidApp();

        var sent = await HostCommands.RunAsync([.. HostCommands.On(app, "Testing", "send-test-email", "host@example.org"), .. SmtpArguments(smtp)]);
        var refused = await HostCommands.RunAsync([.. HostCommands.On(app, "Testing", "send-test-email", "not an address"), .. SmtpArguments(smtp)]);

        Assert.Equal(0, sent.ExitCode);
        Assert.Contains($"Sent to host@example.org through 127.0.0.1:{smtp.Port}.", sent.Output, StringComparison.Ordinal);
        Assert.Equal("MutualAid test email", Assert.Single(smtp.To("host@example.org")).Subject);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("\"not an address\" is not an email address.", refused.Output, StringComparison.Ordinal);
    }

    private static string[] SmtpArguments(SmtpServer smtp) =>
        smtp.Settings.SelectMany(setting => new[] { "--" + setting.Key, setting.Value ?? "" }).ToArray();
}
