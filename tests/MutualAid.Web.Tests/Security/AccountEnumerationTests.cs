using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a stranger wants to know whether someone has an account. They type that person's
// address, or a look-alike of it, into sign-up, log-in, forgot-password and resend-confirmation,
// and compare the answer, and the work the server did for it, with what an address that surely
// has no account gets. Each world below is the same app with or without the account; the same
// typed request must get the same bytes back and cost the same work.
public class AccountEnumerationTests
{
    private static readonly string[] Accounts = ["neighbor01@example.org", "sam@example.org", "kate@example.org", "lea@example.org"];

    // Dotless ı, long ſ, the Kelvin sign and full-width letters all fold onto an existing address
    // somewhere between Unicode normalization and upper-casing.
    public static TheoryData<string> LookAlikes =>
    [
        "neighbor01@example.org", "NEIGHBOR01@Example.org", "neıghbor01@example.org", "ſam@example.org", "\u212Aate@example.org", "ｌｅａ@example.org",
    ];

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public async Task Signing_up_with_a_taken_address_or_a_look_alike_answers_byte_for_byte_as_for_a_free_one(string typed)
    {
        await using var taken = new MutualAidApp();
        foreach (var email in Accounts)
        {
            await taken.AddNeighborAsync(email, "Neighbor");
        }

        await using var free = new MutualAidApp();

        var takenAnswer = await taken.CreateBrowserClient().SignUpAsync(typed, "a guess that is long enough");
        var freeAnswer = await free.CreateBrowserClient().SignUpAsync(typed, "a guess that is long enough");
        await taken.DeliverEmailAsync();

        Assert.Equal(freeAnswer.Response.StatusCode, takenAnswer.Response.StatusCode);
        Assert.Equal(freeAnswer.Response.RequestMessage!.RequestUri!.PathAndQuery, takenAnswer.Response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(AccountForms.WithoutAntiforgeryTokens(freeAnswer.Html), AccountForms.WithoutAntiforgeryTokens(takenAnswer.Html));
        // Nothing about an account reaches a look-alike mailbox, and no second account shares its address.
        Assert.All(taken.Mail.All(), message => Assert.Contains(Assert.Single(message.Recipients()), Accounts));
        Assert.Equal(Accounts.Length, await taken.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Logging_in_answers_byte_for_byte_the_same_and_does_the_same_work_whatever_the_account()
    {
        var answers = new Dictionary<string, string>();
        var work = new Dictionary<string, string>();
        foreach (var state in new[] { "missing", "wrong password", "unconfirmed", "locked" })
        {
            var hasher = new WatchedPasswordHasher();
            var sql = new SqlCommandLog();
            await using var app = new MutualAidApp(services: services => services
                .AddSingleton<IPasswordHasher<Neighbor>>(hasher)
                .ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(sql)));
            await PrepareAsync(app, state);
            var password = state == "wrong password" ? "a guess that is long enough" : TestData.Password;
            // The first attempt may prepare what later ones reuse; a stranger times the rest.
            await app.CreateBrowserClient().LogInAsync("ana@example.org", password);

            for (var attempt = 0; attempt < 3; attempt++)
            {
                var client = app.CreateBrowserClient();
                var form = await client.GetPageAsync("/Identity/Account/Login");
                var before = hasher.Calls;
                sql.Clear();
                var page = await client.SubmitForPageAsync(form, AccountForms.Form, new() { ["Input.Email"] = "ana@example.org", ["Input.Password"] = password });

                Assert.True(hasher.Calls - before == 1, $"{state}: the password hasher ran {hasher.Calls - before} times");
                Assert.False(page.IsLoggedIn());
                answers[$"{state} {attempt}"] = AccountForms.WithoutAntiforgeryTokens(page.Html);
                work[$"{state} {attempt}"] = string.Join("\n", sql.Commands);
                // Every failed attempt is written down, whoever it was for, and nothing else is.
                Assert.Single(sql.Commands, command => command.StartsWith("INSERT", StringComparison.Ordinal));
                Assert.DoesNotContain(sql.Commands, command => command.StartsWith("UPDATE", StringComparison.Ordinal));
            }
        }

        Assert.Single(answers.Values.Distinct());
        Assert.True(work.Values.Distinct().Count() == 1, string.Join("\n\n", work.Select(w => $"-- {w.Key}:\n{w.Value}")));
    }

    [Theory]
    [InlineData(AccountForms.ForgotPassword)]
    [InlineData(AccountForms.ResendConfirmation)]
    public async Task Asking_for_a_link_answers_byte_for_byte_the_same_and_runs_the_same_sql_whether_or_not_the_address_has_an_account(string form)
    {
        var answers = new Dictionary<string, (string Url, string Html, string Sql)>();
        foreach (var state in new[] { "missing", "confirmed", "unconfirmed" })
        {
            var sql = new SqlCommandLog();
            await using var app = new MutualAidApp(services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(sql)));
            await PrepareAsync(app, state);
            var client = app.CreateBrowserClient();
            await client.AskForLinkAsync(form, "someone@example.org");

            sql.Clear();
            var page = await client.AskForLinkAsync(form, "ana@example.org");

            answers[state] = (page.Response.RequestMessage!.RequestUri!.PathAndQuery, AccountForms.WithoutAntiforgeryTokens(page.Html), string.Join("\n", sql.Commands));
        }

        Assert.Single(answers.Values.Select(a => a.Url).Distinct());
        Assert.Single(answers.Values.Select(a => a.Html).Distinct());
        Assert.True(answers.Values.Select(a => a.Sql).Distinct().Count() == 1,
            string.Join("\n\n", answers.Select(a => $"-- {a.Key}:\n{a.Value.Sql}")));
    }

    private static async Task PrepareAsync(MutualAidApp app, string state)
    {
        if (state == "missing")
        {
            return;
        }

        var ana = await app.AddNeighborAsync("ana@example.org", "Ana");
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<Neighbor>>();
            var neighbor = (await users.FindByIdAsync(ana.Id))!;
            if (state == "unconfirmed")
            {
                neighbor.EmailConfirmed = false;
                await users.UpdateAsync(neighbor);
            }
        });
        if (state == "locked")
        {
            for (var guess = 0; guess < 5; guess++)
            {
                await app.CreateBrowserClient().LogInAsync("ana@example.org", "not the password at all");
            }
        }
    }
}
