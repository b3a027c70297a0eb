namespace MutualAid.Web.Hosting.Commands;

// One chore a host runs from the shell, such as `backup PATH`. Operand names the one word it takes,
// if it takes one; Run gets the app's services and that word, writes plain sentences and returns
// the exit code.
public sealed record HostCommand(string Name, string? Operand, string Summary, Func<IServiceProvider, string, TextWriter, Task<int>> Run)
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int Misused = 2;

    public string Usage => Operand is null ? Name : $"{Name} {Operand}";
}
