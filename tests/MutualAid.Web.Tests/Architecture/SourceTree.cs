using System.Text.RegularExpressions;

namespace MutualAid.Web.Tests.Architecture;

// Reads the repository's own source files, so the shape rules in docs/architecture.md are
// checked on every run instead of by whoever remembers them.
public static partial class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string App => Path.Combine(Root, "src", "MutualAid.Web");

    // Folders that wire features together rather than being one: the database context lists
    // every entity, hosting registers every job, pages call every feature.
    public static readonly IReadOnlySet<string> CompositionFolders = new HashSet<string>
    {
        "Data", "Hosting", "Pages", "Areas", "Resources", "Properties", "wwwroot", "bin", "obj", "App_Data",
    };

    public static IEnumerable<string> FeatureFolders() =>
        Directory.GetDirectories(App)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !CompositionFolders.Contains(name))
            .Order();

    public static IReadOnlySet<string> FoldersImportedBy(string folder)
    {
        var imported = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(App, folder), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match reference in AppNamespace().Matches(File.ReadAllText(file)))
            {
                imported.Add(reference.Groups["folder"].Value);
            }
        }
        imported.Remove(folder);
        return imported;
    }

    private static readonly string[] SourceTops = ["src", "tests"];

    // Code and markup written for this repository: not migrations (generated once, never edited)
    // and not the front-end libraries committed from npm.
    public static IEnumerable<string> OwnSourceFiles() =>
        SourceTops
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(Root, top), "*", SearchOption.AllDirectories))
            .Where(path => Path.GetExtension(path) is ".cs" or ".cshtml" or ".js" or ".css" or ".sh")
            .Where(path => !IsUnder(path, "bin") && !IsUnder(path, "obj") && !IsUnder(path, "Migrations") && !IsUnder(path, "lib"));

    private static bool IsUnder(string path, string folder) =>
        path.Split(Path.DirectorySeparatorChar).Contains(folder);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MutualAid.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName
            ?? throw new InvalidOperationException("The tests run outside the repository: MutualAid.sln was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bMutualAid\.Web\.(?<folder>[A-Z][A-Za-z]+)\b")]
    private static partial Regex AppNamespace();
}
