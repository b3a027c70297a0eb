using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Security;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A neighbor who has used up their answers for the hour spells the handler another way, as Razor
// Pages allows (any case; only the first "handler" in the address counts), hoping the limit reads
// the address differently from the page. Every spelling that runs the handler must count.
public class HandlerSpellingTests
{
    // Who may change something without a per-neighbor count, and why.
    private static readonly Dictionary<string, string> Uncounted = new()
    {
        ["StatusModel"] = "shows a page",
        ["ErrorModel"] = "shows a page",
        ["LanguageModel"] = "changes only the visitor's own language",
        ["UnsubscribeModel"] = "only ever turns emails off, for the holder of a signed link",
        ["LogoutModel"] = "ends the visitor's own session",
        ["LoginModel"] = "account forms are counted per address by the log-in limit",
        ["RegisterModel"] = "account forms are counted per address by the log-in limit",
        ["ForgotPasswordModel"] = "account forms are counted per address by the log-in limit",
        ["ResendEmailConfirmationModel"] = "account forms are counted per address by the log-in limit",
        ["ResetPasswordModel"] = "account forms are counted per address by the log-in limit",
        ["ChangePasswordModel"] = "account forms are counted per address by the log-in limit",
        ["ConfirmEmailModel"] = "account forms are counted per address by the log-in limit",
        ["ChangeEmailModel"] = "account forms are counted per address by the log-in limit",
        ["ConfirmEmailChangeModel"] = "account forms are counted per address by the log-in limit",
    };

    [Theory]
    [InlineData("handler=Answer")]
    [InlineData("handler=answer")]
    [InlineData("handler=ANSWER")]
    [InlineData("handler=Answer&handler=x")]
    [InlineData("handler=aNsWeR&handler=Thank")]
    [InlineData("handler=answer&handler=")]
    public async Task Every_spelling_of_the_answer_handler_counts_towards_the_same_limit(string spelling)
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:AnswersPerNeighborPerHour"] = "1" });
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var first = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var second = await app.PostThroughFormAsync(ana, "Need", "Help with shopping");
        var page = await ben.GetPageAsync($"/Posts/{first}");

        var answered = await ben.PostWithTokenOfAsync(page, $"/Posts/{first}?{spelling}", values: new() { ["Message"] = "I can" });
        var again = await ben.PostWithTokenOfAsync(page, $"/Posts/{second}?{spelling}", values: new() { ["Message"] = "Me too" });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Contains("Too many tries", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal([first], await app.WithDbAsync(db => db.Answers.Select(a => a.PostId).ToListAsync()));
    }

    [Fact]
    public async Task A_handler_named_only_in_the_form_runs_nothing_and_so_needs_no_count()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:AnswersPerNeighborPerHour"] = "1" });
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var post = await app.PostThroughFormAsync(ana, "Need", "Ride to the clinic");
        var page = await ben.GetPageAsync($"/Posts/{post}");

        var sent = await ben.PostWithTokenOfAsync(page, $"/Posts/{post}", values: new() { ["handler"] = "Answer", ["Message"] = "I can" });

        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Answers.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await ben.AnswerAsync(post, "I can")).Response.StatusCode);
    }

    // A handler added later without a count fails here, so nobody forgets to choose one.
    [Fact]
    public void Every_handler_that_changes_something_is_counted_or_says_why_not()
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            .ToList();

        var uncounted = handlers
            .Where(m => m.GetCustomAttribute<RateLimitedAttribute>() is null)
            .Where(m => !Uncounted.ContainsKey(m.DeclaringType!.Name) && m.DeclaringType!.Namespace != "MutualAid.Web.Pages.Moderation")
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}");

        Assert.Empty(uncounted);
        Assert.True(handlers.Count > 20, $"Only {handlers.Count} handlers were found; the search has broken.");
    }
}
