using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

// A production site whose database breaks under it still answers with a page a neighbor can read,
// never an empty 500: the error and status pages touch no database, form or account.
public class ErrorPageTests
{
    [Fact]
    public async Task A_page_that_fails_in_production_answers_the_plain_error_page_and_a_missing_one_the_status_page()
    {
        await using var app = new MutualAidApp("Production");
        var visitor = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync("/")).Response.StatusCode);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres ? "DROP TABLE \"Posts\" CASCADE;" : "DROP TABLE Posts;"));

        // A list not asked for before, so it is built now rather than served from the signed-out page cache.
        var failed = await visitor.GetAsync("/?kind=Need", TestContext.Current.CancellationToken);
        var failedText = await failed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var missing = await visitor.GetAsync("/no-such-page", TestContext.Current.CancellationToken);
        var missingText = await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("Something went wrong on our side", failedText, StringComparison.Ordinal);
        Assert.DoesNotContain("no such table", failedText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", missingText, StringComparison.Ordinal);
    }
}
