using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Pages;

public class EmailChangeTests
{
    private const string NewAddress = "ana.new@example.org";
    private const string Sent = "If this address can be used, we sent a link to it. Your email changes when you open that link, within a day.";

    [Fact]
    public async Task A_neighbor_changes_their_email_through_the_link_sent_to_the_new_address_and_the_old_one_is_told()
    {
        await using var app = new MutualAidApp();
        var laptop = await app.SignedInAsync(Person.Ana);
        var phone = await app.SignedInClientAsync(Person.Ana.Email);

        var asked = await laptop.AskToChangeEmailAsync(NewAddress);
        var link = await app.EmailChangeLinkAsync(NewAddress);
        var unchangedYet = await EmailOfAnaAsync(app);
        var done = await laptop.OpenEmailChangeLinkAsync(link!);
        await app.DeliverEmailAsync();

        Assert.Equal("/Profile", asked.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(Sent, asked.Text, StringComparison.Ordinal);
        Assert.Equal(Person.Ana.Email, unchangedYet);
        Assert.Equal("Confirm your new email for MutualAid", Assert.Single(app.Mail.To(NewAddress)).Subject);
        Assert.Contains($"Your email is now {NewAddress}.", done.Text, StringComparison.Ordinal);
        Assert.True(done.IsLoggedIn());
        Assert.Equal(NewAddress, await EmailOfAnaAsync(app));
        var notice = Assert.Single(app.Mail.To(Person.Ana.Email));
        Assert.Equal("Your MutualAid email was changed", notice.Subject);
        Assert.DoesNotContain("ana.new", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.new", notice.HtmlBody, StringComparison.Ordinal);
        // The change renews the security stamp: the phone's session ends when it next checks its
        // account (within a minute), this browser's does not.
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal("/Identity/Account/Login", (await phone.GetPageAsync("/Profile")).Response.RequestMessage!.RequestUri!.AbsolutePath);
        await app.SignedInClientAsync(NewAddress);
        Assert.Equal("/Identity/Account/Login", (await app.CreateBrowserClient().LogInAsync(Person.Ana.Email, TestData.Password)).Response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_wrong_password_or_a_bad_address_is_told_at_the_field_and_nothing_is_asked()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);

        var wrongPassword = await ana.AskToChangeEmailAsync(NewAddress, "not my password at all");
        var notAnAddress = await ana.AskToChangeEmailAsync("ana at home", "");
        await app.DeliverEmailAsync();

        Assert.Equal("That is not your password.", wrongPassword.Document.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
        Assert.Equal(NewAddress, wrongPassword.Document.QuerySelector("#Input_NewEmail")!.GetAttribute("value"));
        Assert.Equal("Enter an email address like name@example.org.", notAnAddress.Document.QuerySelector("[data-valmsg-for='Input.NewEmail']")!.TextContent);
        Assert.Equal("Enter your password.", notAnAddress.Document.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
        Assert.Empty(app.Mail.All());
        Assert.Equal(Person.Ana.Email, await EmailOfAnaAsync(app));
    }

    [Fact]
    public async Task A_neighbor_who_reads_Spanish_gets_the_link_and_the_notice_in_Spanish()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.SpeaksAsync(Person.Ana.Email, "es");
        var ana = (await app.SignedInClientAsync(Person.Ana.Email)).Prefers("es");

        var asked = await ana.AskToChangeEmailAsync("ana.nueva@example.org");
        var link = await app.EmailChangeLinkAsync("ana.nueva@example.org");
        var button = await ana.GetPageAsync(link!);
        var done = await ana.OpenEmailChangeLinkAsync(link!);
        await app.DeliverEmailAsync();

        var sent = Assert.Single(app.Mail.To("ana.nueva@example.org"));
        var notice = Assert.Single(app.Mail.To(Person.Ana.Email));
        Assert.Equal("Confirma tu correo nuevo en MutualAid", sent.Subject);
        Assert.Equal("Se cambió tu correo de MutualAid", notice.Subject);
        Assert.Contains("Tu correo ahora es ana.nueva@example.org.", done.Text, StringComparison.Ordinal);
        foreach (var page in new[] { asked, button, done })
        {
            EnglishWords.AssertNoneIn(page);
        }

        EnglishWords.AssertNoneIn(sent);
        EnglishWords.AssertNoneIn(notice);
    }

    private static Task<string?> EmailOfAnaAsync(MutualAidApp app) =>
        app.WithDbAsync(db => db.Users.Where(u => u.DisplayName == "Ana").Select(u => u.Email).SingleAsync());
}
