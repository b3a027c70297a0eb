using MutualAid.BrowserTests.Infrastructure;

namespace MutualAid.BrowserTests.Pages;

// A neighbor on an old phone and a small data plan opens the home page for the first time: what
// crosses the network (HTML, styles, scripts, icons; compressed as sent) must stay small.
[Collection(SeededSiteGroup.Name)]
public sealed class PageWeightTests(SeededSite site)
{
    private const int BudgetBytes = 60 * 1024;

    [Fact(Timeout = 60_000)]
    public async Task The_home_page_first_load_transfers_at_most_60_KB()
    {
        var page = await site.OpenBlankAsync(width: 360, height: 740);
        var loaded = new List<IRequest>();
        page.RequestFinished += (_, request) => loaded.Add(request);
        try
        {
            await page.GotoAsync("/");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            var sizes = new List<(string Url, long Bytes)>();
            foreach (var request in loaded.ToList())
            {
                TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
                var size = await request.SizesAsync();
                sizes.Add((request.Url, size.ResponseHeadersSize + size.ResponseBodySize));
            }

            var total = sizes.Sum(s => s.Bytes);
            var report = string.Join("\n", sizes.Select(s => $"{s.Bytes,8:N0} B  {s.Url}"));
            TestContext.Current.TestOutputHelper?.WriteLine($"Home page first load: {total:N0} bytes\n{report}");
            Assert.Contains(sizes, s => s.Url.Contains(".css", StringComparison.Ordinal));
            Assert.True(total <= BudgetBytes, $"The home page's first load is {total:N0} bytes, over {BudgetBytes:N0}:\n{report}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
