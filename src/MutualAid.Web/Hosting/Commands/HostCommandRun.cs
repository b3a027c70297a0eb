namespace MutualAid.Web.Hosting.Commands;

// A command found on the command line, with its operand and the settings for the host around it.
public sealed class HostCommandRun
{
    private readonly HostCommand? command;
    private readonly string? operand;
    private readonly string[] hostArgs;
    private readonly string? unknownWord;

    public HostCommandRun(HostCommand command, string? operand, string[] hostArgs)
    {
        this.command = command;
        this.operand = operand;
        this.hostArgs = hostArgs;
    }

    private HostCommandRun(string? unknownWord)
    {
        this.unknownWord = unknownWord;
        hostArgs = [];
    }

    public static HostCommandRun Help() => new((string?)null);

    public static HostCommandRun Unknown(string word) => new(word);

    public async Task<int> RunAsync(TextWriter output)
    {
        if (command is null)
        {
            if (unknownWord is not null)
            {
                output.WriteLine($"\"{unknownWord}\" is not a command.");
            }

            HostCommandLine.WriteHelp(output);
            return unknownWord is null ? HostCommand.Done : HostCommand.Misused;
        }

        if (command.Operand is not null && string.IsNullOrWhiteSpace(operand))
        {
            output.WriteLine($"Usage: MutualAid.Web {command.Usage}");
            output.WriteLine(command.Summary);
            return HostCommand.Misused;
        }

        // The site's own log lines would bury the command's answer; warnings still show. A command
        // tells its own failures, and EF logs as an error the query by which it learns that a new
        // PostgreSQL database has no migrations yet.
        await using var app = MutualAidApplication.Build([.. hostArgs, "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=None"]);
        try
        {
            return await command.Run(app.Services, operand ?? "", output);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            output.WriteLine($"{command.Name} failed: {failure.Message}");
            return HostCommand.Failed;
        }
    }
}
