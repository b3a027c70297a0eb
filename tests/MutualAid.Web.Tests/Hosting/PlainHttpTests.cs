using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Hosting;

public class PlainHttpTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Language")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/no-such-page")]
    public async Task A_production_site_reached_over_plain_http_says_what_the_host_should_fix_instead_of_an_empty_error(string path)
    {
        await using var app = new MutualAidApp("Production");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This site needs HTTPS", text, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders:KnownProxies", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_plain_http_the_health_probe_still_answers_and_a_post_is_not_taken()
    {
        await using var app = new MutualAidApp("Production");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        var posted = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.org" }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
    }

    [Fact]
    public async Task The_same_site_over_https_serves_its_pages()
    {
        await using var app = new MutualAidApp("Production");

        var page = await app.CreateBrowserClient().GetPageAsync("/Language");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain("This site needs HTTPS", page.Text, StringComparison.Ordinal);
    }
}
