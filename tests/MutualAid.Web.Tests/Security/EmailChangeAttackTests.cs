using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Data;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attacks on changing an email: a neighbor types addresses into "change email" to learn who
// has an account; a link is opened twice, by another account, or with its address swapped; the
// form is used to flood someone's inbox.
public class EmailChangeAttackTests
{
    private const string DidNotWork = "This link has expired, was already used, or was sent to another account.";

    [Fact]
    public async Task An_address_that_has_an_account_gets_the_answer_the_work_and_the_one_email_a_free_address_gets()
    {
        var answers = new Dictionary<string, (string Url, string Html, string Sql)>();
        foreach (var target in new[] { "free@example.org", Person.Ben.Email })
        {
            var sql = new SqlCommandLog();
            await using var app = new MutualAidApp(services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(sql)));
            await app.AddNeighborAsync(Person.Ben);
            var ana = await app.SignedInAsync(Person.Ana);
            await ana.AskToChangeEmailAsync("warm-up@example.org");
            var form = await ana.GetPageAsync("/Identity/Account/ChangeEmail");

            sql.Clear();
            var answer = await ana.SubmitAsync(form, AccountForms.Form, new() { ["Input.NewEmail"] = target, ["Input.Password"] = TestData.Password });
            var work = string.Join("\n", sql.Commands);
            var page = await HtmlForms.ParseAsync(answer);
            await app.DeliverEmailAsync();

            answers[target] = (page.Response.RequestMessage!.RequestUri!.PathAndQuery, AccountForms.WithoutAntiforgeryTokens(page.Html), work);
            // One email either way, at the same tick: the link to a free address, a notice to the
            // owner of a taken one, which names nobody and changes nothing.
            var sent = Assert.Single(app.Mail.To(target));
            if (target == Person.Ben.Email)
            {
                Assert.Equal("Someone tried to use your email on MutualAid", sent.Subject);
                Assert.DoesNotContain("ana", sent.TextBody, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("ConfirmEmailChange", sent.TextBody, StringComparison.Ordinal);
                Assert.Equal(2, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == Person.Ana.Email || u.Email == Person.Ben.Email)));
            }
            else
            {
                Assert.Equal("Confirm your new email for MutualAid", sent.Subject);
            }
        }

        Assert.Single(answers.Values.Select(a => a.Url).Distinct());
        Assert.Single(answers.Values.Select(a => a.Html).Distinct());
        Assert.True(answers.Values.Select(a => a.Sql).Distinct().Count() == 1, string.Join("\n\n", answers.Select(a => $"-- {a.Key}:\n{a.Value.Sql}")));
    }

    [Fact]
    public async Task A_link_works_once_only_for_the_account_that_asked_and_only_for_its_address()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        await ana.AskToChangeEmailAsync("ana.new@example.org");
        var link = (await app.EmailChangeLinkAsync("ana.new@example.org"))!;

        var byBen = await ben.OpenEmailChangeLinkAsync(link);
        var byStranger = await app.CreateBrowserClient().GetPageAsync(link);
        var swappedLink = link.Replace("email=ana.new", "email=ana.evil", StringComparison.Ordinal);
        Assert.NotEqual(link, swappedLink);
        var swapped = await ana.OpenEmailChangeLinkAsync(swappedLink);
        var used = await ana.OpenEmailChangeLinkAsync(link);
        var replayed = await ana.OpenEmailChangeLinkAsync(link);

        Assert.Contains(DidNotWork, byBen.Text, StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/Login", byStranger.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(DidNotWork, swapped.Text, StringComparison.Ordinal);
        Assert.Contains("Your email is now ana.new@example.org.", used.Text, StringComparison.Ordinal);
        Assert.Contains(DidNotWork, replayed.Text, StringComparison.Ordinal);
        var emails = await app.WithDbAsync(db => db.Users.OrderBy(u => u.DisplayName).Select(u => u.Email).ToListAsync());
        Assert.Equal(["ana.new@example.org", Person.Ben.Email], emails);
    }

    [Fact]
    public async Task An_address_held_by_an_unconfirmed_sign_up_gives_way_when_its_owner_opens_the_link()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        await app.CreateBrowserClient().SignUpAsync("ana.new@example.org", name: "Squatter");
        await app.DeliverEmailAsync();

        await ana.AskToChangeEmailAsync("ana.new@example.org");
        var done = await ana.OpenEmailChangeLinkAsync((await app.EmailChangeLinkAsync("ana.new@example.org"))!);

        Assert.Contains("Your email is now ana.new@example.org.", done.Text, StringComparison.Ordinal);
        Assert.Equal(["Ana"], await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ana.new@example.org").Select(u => u.DisplayName).ToListAsync()));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.DisplayName == "Squatter")));
    }

    [Fact]
    public async Task Asking_again_and_again_sends_an_address_at_most_the_daily_cap_of_emails()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:AccountEmailsPerAddressPerDay"] = "3" });
        await app.AddNeighborAsync(Person.Ben);
        var ana = await app.SignedInAsync(Person.Ana);

        for (var i = 0; i < 6; i++)
        {
            await ana.AskToChangeEmailAsync("victim@example.org");
            await ana.AskToChangeEmailAsync(Person.Ben.Email);
        }

        await app.DeliverEmailAsync();

        Assert.Equal(3, app.Mail.To("victim@example.org").Count);
        Assert.Equal(3, app.Mail.To(Person.Ben.Email).Count);
    }
}
