using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Geo;

public sealed class MapOptions
{
    public const string Section = "Map";

    [Required]
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string Attribution { get; set; } = "&copy; OpenStreetMap contributors";
}
