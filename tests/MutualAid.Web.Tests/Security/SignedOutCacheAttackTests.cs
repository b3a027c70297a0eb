using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Signed-out pages are kept and handed to the next signed-out visitor. Each test tries to get a
// kept page to show what it must not: a post a steward hid, the name of an erased account, a post
// hidden by a block, a signed-in neighbor's distances, or someone else's notice or cookie.
public class SignedOutCacheAttackTests
{
    private const string DistanceFromHome = "(under 1 km|1–2 km|2–5 km|5–10 km|over 10 km) away";

    [Fact]
    public async Task A_post_a_steward_hides_is_gone_at_once_for_a_visitor_who_loaded_it_a_moment_before()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Phones for sale, cheap");
        var steward = await app.SignedInStewardAsync(Person.Sam);
        await steward.ReportPostAsync(postId, "Selling, not sharing");
        var stranger = app.CreateBrowserClient();
        Assert.Contains("Phones for sale, cheap", (await stranger.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Phones for sale, cheap", (await stranger.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);

        var queue = await steward.GetPageAsync("/Moderation");
        await steward.SubmitAsync(queue, "main li form", new() { ["reason"] = "This space is for sharing, not selling." }, "Hide");

        Assert.DoesNotContain("Phones for sale, cheap", (await stranger.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phones for sale, cheap", (await stranger.GetPageAsync("/Map")).Html, StringComparison.Ordinal);
        var postPage = await stranger.GetAsync(new Uri($"/Posts/{postId}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, postPage.StatusCode);
    }

    [Fact]
    public async Task An_erased_accounts_name_is_gone_at_once_and_its_farewell_notice_is_never_handed_to_anyone_else()
    {
        await using var app = new MutualAidApp();
        var zuleika = await app.SignedInAsync(Departure.Person);
        var postId = await app.PostThroughFormAsync(zuleika, "Offer", "Spare jam jars");
        var stranger = app.CreateBrowserClient();
        Assert.Contains("Zuleika", (await stranger.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Zuleika", (await stranger.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);

        var form = await zuleika.GetPageAsync("/Profile/Delete");
        var farewell = await zuleika.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.Password"] = TestData.Password });
        Assert.Equal("/", farewell.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your account is deleted", farewell.Notice(), StringComparison.Ordinal);

        var home = await stranger.GetPageAsync("/");
        Assert.DoesNotContain("Zuleika", home.Text, StringComparison.Ordinal);
        Assert.Empty(home.Notice());
        Assert.DoesNotContain("Zuleika", (await stranger.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_neighbor_who_blocked_someone_never_gets_the_copy_kept_for_signed_out_visitors()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Fresh bread on Fridays");
        var ben = await app.SignedInAsync(Person.Ben);
        await ben.PressAsync(postId, "BlockAuthor");
        var stranger = app.CreateBrowserClient();
        Assert.Contains("Fresh bread on Fridays", (await stranger.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.Contains("Fresh bread on Fridays", (await stranger.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);
        Assert.Contains("Fresh bread on Fridays", (await stranger.GetPageAsync("/Map")).Html, StringComparison.Ordinal);

        Assert.DoesNotContain("Fresh bread on Fridays", (await ben.GetPageAsync("/")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fresh bread on Fridays", (await ben.GetPageAsync($"/Posts/{postId}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fresh bread on Fridays", (await ben.GetPageAsync("/Map")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_never_gets_a_signed_in_neighbors_page_with_distances_from_their_home()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Fresh bread on Fridays");
        var ben = await app.SignedInAsync(Person.Ben);
        var bens = await ben.GetPageAsync("/");
        Assert.Matches(DistanceFromHome, bens.Text);
        Assert.Contains("Log out", bens.Text, StringComparison.Ordinal);
        await ben.GetPageAsync($"/Posts/{postId}");

        foreach (var address in new[] { "/", $"/Posts/{postId}" })
        {
            var strangers = await app.CreateBrowserClient().GetPageAsync(address);
            Assert.Contains("Fresh bread on Fridays", strangers.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(DistanceFromHome, strangers.Text);
            Assert.DoesNotContain("Log out", strangers.Text, StringComparison.Ordinal);
        }
    }

    // Some part of the pipeline adds a cookie just as the response starts, after the page is
    // rendered (as TempData and the log-in cookie do): that response is for one visitor only.
    [Fact]
    public async Task A_response_that_sets_a_cookie_is_never_kept()
    {
        await using var app = new MutualAidApp(services: s => s.AddTransient<IStartupFilter, CookieOnStart>());
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Offer", "Fresh bread on Fridays");
        var marked = app.CreateBrowserClient();
        marked.DefaultRequestHeaders.Add(CookieOnStart.Header, "yes");
        var first = await marked.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("for-one-visitor=", StringComparison.Ordinal));

        await app.RetitleBehindTheAppsBackAsync(postId, "Rye bread on Saturdays");

        var second = await app.CreateBrowserClient().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Rye bread on Saturdays", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    private sealed class CookieOnStart : IStartupFilter
    {
        public const string Header = "X-Test-Cookie";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextStep) =>
            {
                if (context.Request.Headers.ContainsKey(Header))
                {
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Cookies.Append("for-one-visitor", "1");
                        return Task.CompletedTask;
                    });
                }

                await nextStep(context);
            });
            next(app);
        };
    }
}
