using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MutualAid.Web.Neighbors;
using MutualAid.Web.OwnData;

namespace MutualAid.Web.Pages.Profile;

// Everything the site holds about the signed-in neighbor: this page to read and print, and the same
// record as a JSON file to keep or take elsewhere.
public class DataModel(NeighborDataReader reader, UserManager<Neighbor> users) : PageModel
{
    // Readable in any editor: letters, "+" and quotes as written. The file is served as an attachment
    // of type application/json, never inlined into a page, so HTML-safe escaping buys nothing here.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public NeighborData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var data = await reader.ReadAsync(users.GetUserId(User)!, cancellationToken);
        if (data is null)
        {
            return Challenge();
        }

        Data = data;
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        var data = await reader.ReadAsync(users.GetUserId(User)!, cancellationToken);
        if (data is null)
        {
            return Challenge();
        }

        var name = $"mutualaid-data-{data.ExportedAt:yyyy-MM-dd}.json";
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", name);
    }
}
