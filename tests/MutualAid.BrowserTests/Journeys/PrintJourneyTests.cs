using System.Text;
using System.Text.RegularExpressions;
using MutualAid.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MutualAid.BrowserTests.Journeys;

// A coordinator prints the open posts of a neighborhood for a noticeboard, on A4 and on Letter:
// Chromium's own PDF has the pages the layout calls for, no post is split between two sheets,
// nothing reaches past the paper's edge, and the screen version passes axe on a computer and a phone.
public sealed partial class PrintJourneyTests(MailServer mail, BrowserHost browser)
{
    private const int Posts = 14;
    private const double PxPerMm = 96 / 25.4;
    private const double MarginMm = 12;

    // Every post's box and the sheet's head, in CSS px, as laid out for print.
    private const string Boxes = """
        () => ({
          head: document.querySelector('.sheet-head').getBoundingClientRect().height,
          posts: [...document.querySelectorAll('.print-post')].map(e => { const r = e.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY, right: r.right }; }),
          width: document.documentElement.clientWidth,
          scrollWidth: document.documentElement.scrollWidth,
          chrome: [...document.querySelectorAll('.site-header, .site-footer, .print-controls')].filter(e => e.offsetParent !== null).length,
        })
        """;

    [Fact(Timeout = 300_000)]
    public async Task A_printed_list_fills_whole_pages_on_A4_and_Letter_with_no_post_cut()
    {
        await using var app = await AppServer.StartAsync(mail, TestContext.Current.CancellationToken);
        await using var rosa = await Neighbor.OpenAsync(browser, app, mail, "Rosa");
        await rosa.JoinAsync();
        await rosa.AddNeighborhoodAsync("Riverside", 40.4080, -3.7150);
        await rosa.SetHomeAsync("Riverside", onTheMap: true);
        for (var i = 1; i <= Posts; i++)
        {
            var title = i % 3 == 0
                ? $"Post {i}: a long title for someone who needs help carrying a week of shopping up four floors of stairs"
                : $"Post {i}: soup and bread";
            await rosa.PostAsync(i % 2 == 0 ? "need" : "offer", i % 2 == 0 ? "Meals" : "Food & groceries", title, (40.4080 + (i * 0.002), -3.7150));
        }

        // From browse, with its filters, to the printed list; then a neighborhood to measure from.
        await rosa.Page.GotoAsync("/?sort=Urgent");
        await rosa.Page.GetByRole(AriaRole.Link, new() { Name = "Print this list" }).ClickAsync();
        await Expect(rosa.Page).ToHaveURLAsync(new Regex("/Print\\?sort=Urgent$"));
        await rosa.Page.Locator("#near").SelectOptionAsync(new SelectOptionValue { Label = "Riverside" });
        await rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Show the list" }).ClickAsync();
        await Expect(rosa.Page.Locator(".print-post")).ToHaveCountAsync(Posts);
        await Expect(rosa.Page.Locator(".print-where").First).ToContainTextAsync("from the center of Riverside");
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, "print-screen-1280");
        await rosa.Page.SetViewportSizeAsync(360, 740);
        await PhoneCheck.FitsAndPassesAxeAsync(rosa, "print-screen-360");

        foreach (var (paper, widthMm, heightMm) in new[] { ("A4", 210.0, 297.0), ("Letter", 215.9, 279.4) })
        {
            await rosa.Page.SetViewportSizeAsync(1280, 900);
            await rosa.Page.EmulateMediaAsync(new() { Media = Media.Screen });
            await rosa.Page.Locator("#paper").SelectOptionAsync(paper);
            await rosa.Page.GetByRole(AriaRole.Button, new() { Name = "Show the list" }).ClickAsync();
            await Expect(rosa.Page).ToHaveURLAsync(new Regex($"paper={paper}"));

            // Laid out as the printer lays it out: the paper's width less its margins.
            await rosa.Page.EmulateMediaAsync(new() { Media = Media.Print });
            await rosa.Page.SetViewportSizeAsync((int)Math.Floor((widthMm - (2 * MarginMm)) * PxPerMm), 900);
            await Screenshots.SaveAsync(rosa.Page, $"print-{paper.ToLowerInvariant()}");
            var layout = await rosa.Page.EvaluateAsync<Layout>(Boxes);
            var pageHeight = (heightMm - (2 * MarginMm)) * PxPerMm;
            Assert.Equal(0, layout.Chrome);
            Assert.True(layout.Head > 0, $"{paper}: the sheet's title and contact are not printed");
            Assert.True(layout.ScrollWidth <= layout.Width, $"{paper}: the list is wider than the paper");
            Assert.Equal(Posts, layout.Posts.Length);
            Assert.All(layout.Posts, p => Assert.True(p.Right <= layout.Width + 0.5 && p.Bottom - p.Top < pageHeight, $"{paper}: a post does not fit a page"));

            var pdf = await rosa.Page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
            var pages = PdfPages(pdf);
            Assert.True(pages > 1, $"{paper}: {Posts} posts fit on one page");
            Assert.Equal(PagesFor(layout, pageHeight), pages);
            // The paper's width in points: 595.3 for A4, 612 for Letter (Chromium rounds to a whole point).
            Assert.InRange(PdfPageWidth(pdf), (widthMm * 72 / 25.4) - 2, (widthMm * 72 / 25.4) + 2);

            // The same sheet at a computer's and a phone's width, to look at.
            await rosa.Page.SetViewportSizeAsync(1280, 900);
            await Screenshots.SaveAsync(rosa.Page, $"print-{paper.ToLowerInvariant()}-media-1280");
            await rosa.Page.SetViewportSizeAsync(360, 740);
            await Screenshots.SaveAsync(rosa.Page, $"print-{paper.ToLowerInvariant()}-media-360");
        }

        Assert.Empty(rosa.BrowserErrors);
    }

    // Rows of posts go onto a page while they fit; a row that would cross the page's foot starts
    // the next one, as break-inside: avoid asks.
    private static int PagesFor(Layout layout, double pageHeight)
    {
        var pages = 1;
        var pageTop = 0.0;
        foreach (var row in layout.Posts.GroupBy(p => Math.Round(p.Top)).OrderBy(r => r.Key))
        {
            var bottom = row.Max(p => p.Bottom);
            if (bottom - pageTop > pageHeight)
            {
                pages++;
                pageTop = row.Min(p => p.Top);
            }
        }

        return pages;
    }

    private static int PdfPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    private static double PdfPageWidth(byte[] pdf) =>
        double.Parse(MediaBox().Match(Encoding.Latin1.GetString(pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)")]
    private static partial Regex MediaBox();

    // Filled in by Playwright from the page's answer, so plain settable properties.
    private sealed class Layout
    {
        public double Head { get; set; }

        public Box[] Posts { get; set; } = [];

        public double Width { get; set; }

        public double ScrollWidth { get; set; }

        public int Chrome { get; set; }
    }

    private sealed class Box
    {
        public double Top { get; set; }

        public double Bottom { get; set; }

        public double Right { get; set; }
    }
}
