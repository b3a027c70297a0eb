namespace MutualAid.Web.Hosting.Commands;

// The lines `check` prints: "ok" for what is fine, "FIX" for what is not.
public sealed class CheckReport(TextWriter output)
{
    private int problems;

    public int ExitCode => problems == 0 ? HostCommand.Done : HostCommand.Failed;

    public void Fine(string sentence) => output.WriteLine($"ok   {sentence}");

    public void Fix(string sentence)
    {
        problems++;
        output.WriteLine($"FIX  {sentence}");
    }
}
