using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: someone uses the site to flood a person's inbox. They type that one address into
// forgot-password, resend-confirmation and sign-up again and again, each time from another IP
// address so that no limit per IP address stops them, and watch whether the answer changes once
// a limit is reached, which would tell them that the address has an account.
public class AccountEmailFloodTests
{
    private const int Cap = 3;

    [Fact]
    public async Task However_often_and_from_however_many_places_an_address_is_typed_it_gets_at_most_the_daily_cap_of_emails()
    {
        await using var app = new MutualAidApp(
            settings: new() { ["RateLimits:AccountEmailsPerAddressPerDay"] = Cap.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            services: ClientAddresses.Register);
        await app.AddNeighborAsync("ana@example.org", "Ana");
        await From(app, 1).SignUpAsync("bea@example.org");
        var answers = new List<string>();

        for (var i = 0; i < 10; i++)
        {
            answers.Add(Answer(await From(app, 10 + i).AskForLinkAsync(AccountForms.ForgotPassword, "ana@example.org")));
            answers.Add(Answer(await From(app, 30 + i).AskForLinkAsync(AccountForms.ForgotPassword, "nobody@example.org")));
            await From(app, 50 + i).SignUpAsync("ana@example.org");
            await From(app, 70 + i).AskForLinkAsync(AccountForms.ResendConfirmation, "bea@example.org");
            await From(app, 90 + i).AskForLinkAsync(AccountForms.ForgotPassword, "bea@example.org");
        }

        await app.DeliverEmailAsync();

        Assert.Equal(Cap, app.Mail.To("ana@example.org").Count);
        Assert.Equal(Cap, app.Mail.To("bea@example.org").Count);
        // The answer for an address whose cap is long reached is the answer for one with no account.
        Assert.Single(answers.Distinct());

        // The cap is per day: the owner can ask again tomorrow.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await From(app, 200).AskForLinkAsync(AccountForms.ForgotPassword, "ana@example.org");
        Assert.NotNull(await app.ResetLinkAsync("ana@example.org"));
        Assert.Equal(Cap + 1, app.Mail.To("ana@example.org").Count);
    }

    [Fact]
    public async Task A_cap_that_would_stop_every_account_email_is_refused_when_the_app_starts()
    {
        await using var app = new MutualAidApp(settings: new() { ["RateLimits:AccountEmailsPerAddressPerDay"] = "0" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AccountEmailsPerAddressPerDay", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient From(MutualAidApp app, int machine) =>
        ClientAddresses.From(app.CreateBrowserClient(), $"203.0.113.{machine}");

    private static string Answer(HtmlPage page) =>
        page.Response.RequestMessage!.RequestUri!.PathAndQuery + AccountForms.WithoutAntiforgeryTokens(page.Html);
}
