using MutualAid.Web.Hosting.Commands;

namespace MutualAid.Web.Tests.Infrastructure;

// Runs a host command as the executable would (`MutualAid.Web backup PATH ...`), in this process,
// and keeps what it printed.
public static class HostCommands
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var command = HostCommandLine.Find(args);
        Assert.NotNull(command);
        var output = new StringWriter();
        return (await command.RunAsync(output), output.ToString());
    }

    // The settings of the test app, so the command works on its database and its mail folder.
    public static string[] On(MutualAidApp app, string environment, params string[] words) =>
    [
        .. words,
        "--environment", environment,
        "--ConnectionStrings:MutualAid", app.ConnectionString,
        "--Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
        "--Email:PickupDirectory", app.MailFolder,
        "--Email:Smtp:Host=",
        "--App:PublicUrl", "https://mutualaid.example",
        "--Map:TileUrl", "https://tiles.example/{z}/{x}/{y}.png",
    ];
}
