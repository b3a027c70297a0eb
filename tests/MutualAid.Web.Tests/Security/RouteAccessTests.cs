using System.Net;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Every page of the app, tried by another neighbor and by a stranger with every verb it takes.
// A page added without a row here fails the first test, so nobody forgets to think about it.
public class RouteAccessTests
{
    private enum Expect
    {
        Shown,
        NotFound,
        LogIn,
        Denied,
    }

    private sealed record Attempt(string Method, string Url, Expect Other, Expect Stranger);

    // {post} is a post of Ana's with one answer from Ben's friend Cai; {answer} is that answer.
    private static readonly Dictionary<string, Attempt[]> Table = new()
    {
        [""] = [new("GET", "/", Expect.Shown, Expect.Shown)],
        ["Map"] = [new("GET", "/Map", Expect.Shown, Expect.Shown)],
        ["HowItWorks"] = [new("GET", "/HowItWorks", Expect.Shown, Expect.Shown)],
        ["Healthz/Page"] = [new("GET", "/Healthz/Page", Expect.Shown, Expect.Shown)],
        ["Feed"] = [new("GET", "/Feed", Expect.Shown, Expect.Shown)],
        ["Print"] = [new("GET", "/Print", Expect.Shown, Expect.Shown), new("GET", "/Print?kind=Need&paper=Letter&near=999", Expect.Shown, Expect.Shown)],
        ["p/{id:int}"] = [new("GET", "/p/{post}", Expect.Shown, Expect.Shown), new("GET", "/p/999999", Expect.NotFound, Expect.NotFound)],
        ["Error"] = [new("GET", "/Error", Expect.Shown, Expect.Shown)],
        ["Status"] = [new("GET", "/Status?code=404", Expect.Shown, Expect.Shown)],
        ["Language"] = [new("GET", "/Language", Expect.Shown, Expect.Shown), new("POST", "/Language?culture=es&returnUrl=/", Expect.Shown, Expect.Shown)],
        ["Mine"] = [new("GET", "/Mine", Expect.Shown, Expect.LogIn)],
        ["Matches"] = [new("GET", "/Matches", Expect.Shown, Expect.LogIn)],
        ["Profile"] = [new("GET", "/Profile", Expect.Shown, Expect.LogIn)],
        ["Profile/Notifications"] = [new("GET", "/Profile/Notifications", Expect.Shown, Expect.LogIn)],
        ["Profile/Helping"] = [new("GET", "/Profile/Helping", Expect.Shown, Expect.LogIn)],
        ["Profile/Home"] = [new("GET", "/Profile/Home", Expect.Shown, Expect.LogIn)],
        ["Profile/Data"] = [new("GET", "/Profile/Data", Expect.Shown, Expect.LogIn), new("GET", "/Profile/Data?handler=Json", Expect.Shown, Expect.LogIn)],
        ["Profile/Delete"] = [new("GET", "/Profile/Delete", Expect.Shown, Expect.LogIn), new("POST", "/Profile/Delete", Expect.Shown, Expect.LogIn)],
        ["Profile/Blocked"] = [new("GET", "/Profile/Blocked", Expect.Shown, Expect.LogIn), new("POST", "/Profile/Blocked?handler=Unblock&neighborId=x", Expect.NotFound, Expect.LogIn)],
        ["Unsubscribe"] = [new("GET", "/Unsubscribe?token=forged", Expect.Shown, Expect.Shown), new("POST", "/Unsubscribe?token=forged", Expect.Shown, Expect.Shown)],
        ["Report"] = [new("GET", "/Report?postId=999999", Expect.NotFound, Expect.LogIn)],
        ["Posts/New"] = [new("GET", "/Posts/New", Expect.Shown, Expect.LogIn), new("GET", "/Posts/New?kind=Need&for=1", Expect.NotFound, Expect.LogIn)],
        ["HandOver"] = [new("GET", "/HandOver?token=forged", Expect.NotFound, Expect.LogIn), new("POST", "/HandOver?token=forged", Expect.NotFound, Expect.LogIn)],
        ["Coordinate"] =
        [
            new("GET", "/Coordinate", Expect.Denied, Expect.LogIn),
            new("POST", "/Coordinate?handler=TakeOver&id=1", Expect.Denied, Expect.LogIn),
            new("POST", "/Coordinate?handler=HandOver&id=1", Expect.Denied, Expect.LogIn),
        ],
        ["Coordinate/Edit"] = [new("GET", "/Coordinate/Edit", Expect.Denied, Expect.LogIn), new("POST", "/Coordinate/Edit?Input.Name=x", Expect.Denied, Expect.LogIn)],
        ["Moderation/Coordinators"] =
        [
            new("GET", "/Moderation/Coordinators", Expect.Denied, Expect.LogIn),
            new("POST", "/Moderation/Coordinators?email=ben@example.org&reason=x", Expect.Denied, Expect.LogIn),
            new("POST", "/Moderation/Coordinators?handler=Remove&neighborId=x&reason=x", Expect.Denied, Expect.LogIn),
        ],
        ["Posts/{id:int}"] =
        [
            new("GET", "/Posts/{post}", Expect.Shown, Expect.Shown),
            new("POST", "/Posts/{post}", Expect.NotFound, Expect.NotFound),
            new("POST", "/Posts/{post}?handler=Renew", Expect.NotFound, Expect.NotFound),
            .. new[] { "Withdraw", "Fulfil", "Restore", $"Talk&answerId={{answer}}", "WithdrawAnswer", $"Accept&answerId={{answer}}", $"Decline&answerId={{answer}}", $"BlockAnswerer&answerId={{answer}}", "ShareThanks&noteId=1", "Thank&toId=x",
                $"AcceptSeries&answerId={{answer}}", "WithdrawSeries", "StepBackSeries" }
                .Select(h => new Attempt("POST", $"/Posts/{{post}}?handler={h}", h.StartsWith("Thank", StringComparison.Ordinal) ? Expect.Shown : Expect.NotFound,
                    h == "Restore" ? Expect.NotFound : Expect.LogIn)),
        ],
        ["Posts/{id:int}/Edit"] = [new("GET", "/Posts/{post}/Edit", Expect.NotFound, Expect.LogIn), new("POST", "/Posts/{post}/Edit", Expect.NotFound, Expect.LogIn)],
        ["Posts/{id:int}/Withdraw"] = [new("GET", "/Posts/{post}/Withdraw", Expect.NotFound, Expect.LogIn), new("POST", "/Posts/{post}/Withdraw", Expect.NotFound, Expect.LogIn)],
        ["Posts/{id:int}/Renew"] = [new("GET", "/Posts/{post}/Renew?token=forged", Expect.NotFound, Expect.NotFound), new("POST", "/Posts/{post}/Renew?token=forged", Expect.NotFound, Expect.NotFound)],
        ["Identity/Account/ChangeEmail"] = [new("GET", "/Identity/Account/ChangeEmail", Expect.Shown, Expect.LogIn), new("POST", "/Identity/Account/ChangeEmail", Expect.Shown, Expect.LogIn)],
        ["Identity/Account/ConfirmEmailChange"] =
        [
            new("GET", "/Identity/Account/ConfirmEmailChange?userId=x&email=ben@example.org&code=YWJj", Expect.Shown, Expect.LogIn),
            new("POST", "/Identity/Account/ConfirmEmailChange?userId=x&email=ben@example.org&code=YWJj", Expect.Shown, Expect.LogIn),
        ],
        ["Identity/Account/LogOutElsewhere"] = [new("GET", "/Identity/Account/LogOutElsewhere", Expect.Shown, Expect.LogIn), new("POST", "/Identity/Account/LogOutElsewhere", Expect.Shown, Expect.LogIn)],
        ["Moderation"] = [new("GET", "/Moderation", Expect.Denied, Expect.LogIn), new("POST", "/Moderation?handler=Hide&postId={post}&reason=x", Expect.Denied, Expect.LogIn)],
        ["Moderation/Categories"] = [new("GET", "/Moderation/Categories", Expect.Denied, Expect.LogIn), new("POST", "/Moderation/Categories?Input.Name=x", Expect.Denied, Expect.LogIn),
            .. new[] { "Retire", "BringBack", "Merge" }.Select(h => new Attempt("POST", $"/Moderation/Categories?handler={h}&id=1&MergeInto=2", Expect.Denied, Expect.LogIn))],
        ["Moderation/Neighborhoods"] = [new("GET", "/Moderation/Neighborhoods", Expect.Denied, Expect.LogIn), new("POST", "/Moderation/Neighborhoods", Expect.Denied, Expect.LogIn)],
        ["Moderation/Stewards"] =
        [
            new("GET", "/Moderation/Stewards", Expect.Denied, Expect.LogIn),
            new("POST", "/Moderation/Stewards?email=ben@example.org&reason=x", Expect.Denied, Expect.LogIn),
            new("POST", "/Moderation/Stewards?handler=Remove&neighborId=x&reason=x", Expect.Denied, Expect.LogIn),
        ],
        ["Moderation/Blocked"] = [new("GET", "/Moderation/Blocked", Expect.Denied, Expect.LogIn), new("POST", "/Moderation/Blocked?neighborId=x&reason=x", Expect.Denied, Expect.LogIn)],
        ["Moderation/Block"] = [new("GET", "/Moderation/Block?reportId=1", Expect.Denied, Expect.LogIn), new("POST", "/Moderation/Block?reportId=1&reason=x", Expect.Denied, Expect.LogIn)],
        ["Moderation/Health"] =
        [
            new("GET", "/Moderation/Health", Expect.Denied, Expect.LogIn),
            new("POST", "/Moderation/Health?handler=SendAgain&id=1", Expect.Denied, Expect.LogIn),
            new("POST", "/Moderation/Health?handler=SendAllAgain", Expect.Denied, Expect.LogIn),
        ],
        ["Moderation/Neighbor"] = [new("GET", "/Moderation/Neighbor?id=x", Expect.Denied, Expect.LogIn)],
        ["Moderation/Reports/{id:int}"] = [new("GET", "/Moderation/Reports/1", Expect.Denied, Expect.LogIn)],
    };

    [Fact]
    public async Task Every_page_of_the_app_has_a_row_in_the_access_table()
    {
        await using var app = new MutualAidApp();
        _ = app.CreateClient();

        var routes = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Where(page => page.AreaName is null)
            .Select(page => page.AttributeRouteInfo!.Template!)
            .Where(template => !template.EndsWith("Index", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.DoesNotContain(routes, route => !Table.ContainsKey(route));
        Assert.True(routes.Count > 10, $"Only {routes.Count} pages were found; the page list query has broken.");
    }

    [Fact]
    public async Task Another_neighbor_and_a_stranger_see_and_change_only_what_they_may()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var postId = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        await (await app.SignedInAsync(Person.Cai)).AnswerAsync(postId, "I can");
        var answerId = await app.WithDbAsync(db => db.Answers.Select(a => a.Id).SingleAsync());
        var before = await SnapshotAsync(app);
        var ben = await app.SignedInAsync(Person.Ben);
        var stranger = app.CreateBrowserClient();
        var bensToken = await ben.GetPageAsync("/Posts/New?kind=Need");
        var strangersToken = await stranger.GetPageAsync("/Identity/Account/Login");

        foreach (var attempt in Table.Values.SelectMany(a => a))
        {
            var url = attempt.Url.Replace("{post}", postId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{answer}", answerId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            foreach (var (client, token, expected, who) in new[] { (ben, bensToken, attempt.Other, "another neighbor"), (stranger, strangersToken, attempt.Stranger, "a stranger") })
            {
                var response = attempt.Method == "GET"
                    ? await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken)
                    : await client.PostWithTokenOfAsync(token, url);
                Assert.True(Outcome(response, expected), $"{attempt.Method} {url} by {who}: {response.StatusCode} at {response.RequestMessage!.RequestUri!.AbsolutePath}, expected {expected}");
            }
        }

        Assert.Equal(before, await SnapshotAsync(app));
    }

    private static bool Outcome(HttpResponseMessage response, Expect expected)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        return expected switch
        {
            Expect.NotFound => response.StatusCode == HttpStatusCode.NotFound,
            Expect.LogIn => path == "/Identity/Account/Login",
            Expect.Denied => path == "/Identity/Account/AccessDenied",
            _ => (int)response.StatusCode < 500 && path != "/Identity/Account/Login" && path != "/Identity/Account/AccessDenied",
        };
    }

    private static Task<string> SnapshotAsync(MutualAidApp app) => app.WithDbAsync(async db =>
    {
        var posts = await db.Posts.OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.Title}:{p.Status}:{p.Version}:{p.AcceptedCount}").ToListAsync();
        var answers = await db.Answers.OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Status}").ToListAsync();
        var others = $"{await db.Categories.CountAsync()}:{await db.Neighborhoods.CountAsync()}:{await db.UserRoles.CountAsync()}:{await db.ThankYous.CountAsync()}:{await db.Users.CountAsync(u => u.Notifications != Web.Email.NotificationMode.Instant)}";
        return string.Join("|", posts.Concat(answers).Append(others));
    });
}
