namespace MutualAid.Web.Tests.Architecture;

public class ShapeTests
{
    [Fact]
    public void No_two_feature_folders_import_each_other()
    {
        var imports = SourceTree.FeatureFolders().ToDictionary(folder => folder, SourceTree.FoldersImportedBy);

        var mutual = imports
            .SelectMany(entry => entry.Value
                .Where(other => string.CompareOrdinal(entry.Key, other) < 0)
                .Where(other => imports.TryGetValue(other, out var back) && back.Contains(entry.Key))
                .Select(other => $"{entry.Key} <-> {other}"))
            .ToList();

        Assert.NotEmpty(imports);
        Assert.True(mutual.Count == 0, "Feature folders that import each other: " + string.Join(", ", mutual));
    }

    [Fact]
    public void No_source_file_is_over_200_lines()
    {
        var files = SourceTree.OwnSourceFiles().ToList();

        var overLong = files
            .Select(path => (Path: Path.GetRelativePath(SourceTree.Root, path), Lines: File.ReadLines(path).Count()))
            .Where(file => file.Lines > 200)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files found under {SourceTree.Root}");
        Assert.True(overLong.Count == 0, "Files over 200 lines: " + string.Join(", ", overLong));
    }
}
