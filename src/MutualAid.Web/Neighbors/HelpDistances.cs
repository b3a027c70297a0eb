using System.Globalization;

namespace MutualAid.Web.Neighbors;

// The reaches a neighbor can pick for what they could help with, in words rather than numbers.
public static class HelpDistances
{
    public const double Default = 1;

    public static IReadOnlyList<double> Choices { get; } = [0.5, 1, 2, 5];

    public static bool IsChoice(double km) => Choices.Contains(km);

    // A reach saved before the choices existed (or typed by hand) becomes the nearest one above it.
    public static double Nearest(double km) => Choices.FirstOrDefault(c => c >= km, Choices[^1]);

    // "500 m", "1 km": the same in both languages.
    public static string InWords(double km) => km < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{km * 1000:0} m")
        : string.Create(CultureInfo.CurrentCulture, $"{km:0.#} km");
}
