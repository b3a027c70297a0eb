namespace MutualAid.BrowserTests.Infrastructure;

public static class Screenshots
{
    // Whole-page PNGs under TestResults/screenshots, for people to look at; never compared.
    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Paths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Paths.Screenshots, $"{name}.png"), FullPage = true });
    }
}
