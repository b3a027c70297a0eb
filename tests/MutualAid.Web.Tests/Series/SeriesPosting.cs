using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Series;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Series;

// Posts a repeating need through the real form, as a neighbor would.
public static class SeriesPosting
{
    public static async Task<HtmlPage> SubmitRepeatingAsync(this MutualAidApp app, HttpClient client, string title, Dictionary<string, string> repeat)
    {
        var form = await client.GetPageAsync("/Posts/New?kind=Need");
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "Need",
            ["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = title,
            ["Input.Location"] = "Home",
            ["Input.RadiusKm"] = "3",
            ["Input.Urgency"] = "Whenever",
        };
        foreach (var (name, value) in repeat)
        {
            fields[$"Input.Repeat.{name}"] = value;
        }

        return await client.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", fields);
    }

    public static Dictionary<string, string> Weekly(string day, DateOnly until) =>
        new() { ["Repeats"] = "Weekly", ["Day"] = day, ["Until"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    // The id of the post the form led to: the series' first date.
    public static int PostId(this HtmlPage page)
    {
        var path = page.Response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Posts/", path, StringComparison.Ordinal);
        return int.Parse(path["/Posts/".Length..], CultureInfo.InvariantCulture);
    }

    public static Task<List<Post>> DatesAsync(this MutualAidApp app) =>
        app.WithDbAsync(db => db.Posts.AsNoTracking().Where(p => p.SeriesId != null).OrderBy(p => p.OccursOn).ToListAsync());

    public static Task<PostSeries> TheSeriesAsync(this MutualAidApp app) =>
        app.WithDbAsync(db => db.PostSeries.AsNoTracking().SingleAsync());

    public static Task<int> RunSeriesJobAsync(this MutualAidApp app) =>
        app.WithServiceAsync<SeriesJob, int>(job => job.RunAsync());
}
