using System.Globalization;
using System.Text.RegularExpressions;

namespace MutualAid.Web.Tests.Infrastructure;

// Reads the dark modules back out of a QR code's SVG (one path of one-module-high runs, "M x,y h w v1
// h-w z", in module units inside a quiet zone), so a test can compare them with the code expected.
public static partial class QrMatrix
{
    public static bool[][] Read(string svg, int size)
    {
        var box = ViewBox().Match(svg);
        Assert.True(box.Success, svg);
        var quiet = (int.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture) - size) / 2;
        var modules = Enumerable.Range(0, size).Select(_ => new bool[size]).ToArray();
        var runs = Run().Matches(svg);
        Assert.NotEmpty(runs);
        foreach (Match run in runs)
        {
            var (x, y, width) = (Number(run, 1) - quiet, Number(run, 2) - quiet, Number(run, 3));
            for (var i = 0; i < width; i++)
            {
                modules[y][x + i] = true;
            }
        }

        return modules;
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\d+\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"M(\d+)[, ](\d+)h(\d+)")]
    private static partial Regex Run();
}
