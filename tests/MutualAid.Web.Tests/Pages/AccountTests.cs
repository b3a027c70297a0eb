using System.Net;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class AccountTests
{
    private const string Form = "main form[method=post]:not(.inline-form)";

    [Fact]
    public async Task Signing_up_with_a_taken_email_looks_the_same_and_tells_the_owner_by_email()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var fresh = await SignUpAsync(app, "new@example.org");
        var taken = await SignUpAsync(app, "ana@example.org");
        await app.DeliverEmailAsync();

        Assert.Equal(fresh.Response.StatusCode, taken.Response.StatusCode);
        Assert.Equal(fresh.Response.RequestMessage!.RequestUri!.AbsolutePath, taken.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(fresh.Document.QuerySelector("main")!.TextContent.Replace("new@example.org", "", StringComparison.Ordinal),
            taken.Document.QuerySelector("main")!.TextContent.Replace("ana@example.org", "", StringComparison.Ordinal));
        Assert.Equal("You already have a MutualAid account", Assert.Single(app.Mail.To("ana@example.org")).Subject);
        Assert.Equal("Ana", await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("ana@example.org", "Ana");
        var client = app.CreateBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            var form = await client.GetPageAsync("/Identity/Account/Login");
            await client.SubmitAsync(form, Form, new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = "not the password at all" });
        }

        var login = await client.GetPageAsync("/Identity/Account/Login");
        var page = await client.SubmitForPageAsync(login, Form, new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = TestData.Password });

        Assert.Equal("/Identity/Account/Login", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("Log out", page.Text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.LockoutEnd != null)));
    }

    [Theory]
    [InlineData("/Identity/Account/ResetPassword?code=abc).")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=nobody&code=%%%")]
    public async Task A_mangled_link_from_an_email_gets_a_friendly_page_not_an_error(string url)
    {
        await using var app = new MutualAidApp();

        var page = await app.CreateBrowserClient().GetPageAsync(url);

        Assert.True(page.Response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, page.Response.StatusCode.ToString());
        Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
        Assert.Contains("Back to all posts", page.Text, StringComparison.Ordinal);
    }

    private static async Task<HtmlPage> SignUpAsync(MutualAidApp app, string email)
    {
        var client = app.CreateBrowserClient();
        var form = await client.GetPageAsync("/Identity/Account/Register");
        return await client.SubmitForPageAsync(form, Form, new()
        {
            ["Input.DisplayName"] = "Someone",
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough passphrase",
            ["Input.ConfirmPassword"] = "a long enough passphrase",
        });
    }
}
