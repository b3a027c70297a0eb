namespace MutualAid.Web.Hosting.Commands;

// Reads the first word of the command line. Anything that is not a command (no words, or settings
// such as --urls or urls=...) is left to the web host.
public static class HostCommandLine
{
    public static readonly IReadOnlyList<HostCommand> Commands =
    [
        new("backup", "PATH", "Copy the SQLite database to a new file at PATH. Safe while the site runs.", DatabaseBackup.BackupAsync),
        new("restore", "PATH", "Replace the SQLite database with the backup at PATH. Stop the site first; the current database is kept beside it.", DatabaseBackup.RestoreAsync),
        new("move-from-sqlite", "PATH", "Copy the SQLite database at PATH into the empty PostgreSQL database the settings name. Stop the site first.", MoveFromSqlite.RunAsync),
        new("make-steward", "EMAIL", "Make the neighbor with this confirmed email a steward.", StewardCommand.MakeStewardAsync),
        new("check", null, "Check the settings, the database, the mail server and the map tiles; exit 1 if something needs fixing.", SettingsCheck.RunAsync),
        new("send-test-email", "ADDRESS", "Send a test email to ADDRESS through the configured mail server.", TestEmail.SendAsync),
    ];

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?"];

    public static HostCommandRun? Find(string[] args)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && !HelpWords.Contains(args[0])) || args[0].Contains('='))
        {
            return null;
        }

        if (HelpWords.Contains(args[0]))
        {
            return HostCommandRun.Help();
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            return HostCommandRun.Unknown(args[0]);
        }

        var hasOperand = command.Operand is not null && args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal);
        return new HostCommandRun(command, hasOperand ? args[1] : null, args[(hasOperand ? 2 : 1)..]);
    }

    public static void WriteHelp(TextWriter output)
    {
        output.WriteLine("Usage: MutualAid.Web [COMMAND] [--setting value ...]");
        output.WriteLine();
        output.WriteLine("Without a command, serves the site. Commands:");
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Usage,-24} {command.Summary}");
        }

        output.WriteLine();
        output.WriteLine("Settings come from appsettings.json, environment variables (ConnectionStrings__MutualAid=...)");
        output.WriteLine("and the command line (--ConnectionStrings:MutualAid \"Data Source=...\"), as for the site.");
        output.WriteLine("See docs/operations.md.");
    }
}
