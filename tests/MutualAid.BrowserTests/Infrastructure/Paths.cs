using System.Reflection;

namespace MutualAid.BrowserTests.Infrastructure;

// Where things are: the build writes the repository's folders into this assembly.
public static class Paths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    // The web project, published by this project's build (Release in scripts/test.sh) into
    // bin/.../app/: the app's content root, with its appsettings.json and wwwroot.
    public static string WebAppDirectory { get; } = Metadata("WebAppDirectory");

    public static string WebAppDll { get; } = Path.Combine(WebAppDirectory, "MutualAid.Web.dll");

    // Screenshots and logs of a run, beside its test results; never committed.
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults");

    public static string Screenshots { get; } = Path.Combine(Artifacts, "screenshots");

    // The child processes' output, a folder per run.
    public static string Logs { get; } = Path.Combine(Artifacts, "logs", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));

    // The dotnet host running these tests, so child processes use the same SDK and runtime.
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The build did not record {key}.");
}
