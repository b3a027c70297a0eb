using QRCoder;

namespace MutualAid.Web.Pages.Print;

// A QR code drawn on the server as inline SVG: it prints sharp at any size and needs no script.
public static class QrCodeSvg
{
    // M survives a crease or a smudge on a noticeboard and keeps a post's address small.
    public const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;

    public static QRCodeData Modules(string text) => QRCodeGenerator.GenerateQrCode(text, Correction);

    public static string For(string url)
    {
        using var data = Modules(url);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        // The code repeats the short link printed beside it, so screen readers skip it.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return string.Concat("<svg class=\"qr\" aria-hidden=\"true\" focusable=\"false\"", svg.AsSpan(start + 4));
    }
}
