using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Email;
using MutualAid.Web.Tests.Infrastructure;
using static MutualAid.Web.Tests.Infrastructure.EmailLanguage;

namespace MutualAid.Web.Tests.Answers;

// Ana posts, Ben answers, and before deciding they talk on the answer: each sees the other's
// words in order, nobody else does, and the other side hears of it by email without anyone's
// address in it.
public class ConversationTests
{
    [Fact]
    public async Task The_author_and_the_answerer_see_their_messages_in_order_and_a_third_neighbor_sees_none()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        var cai = await app.SignedInAsync(Person.Cai);

        var asked = await ana.SendMessageAsync(postId, answerId, "What floor?");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await ben.SendMessageAsync(postId, answerId, "Third, no lift.");
        app.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal("Your message is sent.", asked.Notice().Trim());
        Assert.Equal(["You · 8 minutes ago | What floor?", "Ben · 3 minutes ago | Third, no lift."], (await ana.GetPageAsync($"/Posts/{postId}")).Messages());
        Assert.Equal(["Ana · 8 minutes ago | What floor?", "You · 3 minutes ago | Third, no lift."], (await ben.GetPageAsync($"/Posts/{postId}")).Messages());
        var seenByCai = await cai.GetPageAsync($"/Posts/{postId}");
        Assert.Empty(seenByCai.Messages());
        Assert.DoesNotContain("What floor?", seenByCai.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Third, no lift.", (await app.CreateBrowserClient().GetPageAsync($"/Posts/{postId}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_message_reaches_the_other_side_by_email_in_their_language_with_the_link_and_no_contact_details()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync("lucia@example.org", "Lucía", TestData.BenHome);
        await app.SpeaksAsync("lucia@example.org", "es");
        await app.WithDbAsync(db => db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, "+34 600 111 222")));
        var ana = await app.SignedInAsync(Person.Ana);
        var lucia = (await app.SignedInClientAsync("lucia@example.org")).Prefers("es");
        var postId = await app.PostThroughFormAsync(ana, "Need", "Ayuda con la compra");
        await lucia.AnswerAsync(postId, "Puedo ir el martes.");
        var answerId = await app.AnswerIdAsync("Puedo ir el martes.");
        await app.DeliverEmailAsync();

        await ana.SendMessageAsync(postId, answerId, "¿Qué piso?");
        await lucia.SendMessageAsync(postId, answerId, "El tercero, sin ascensor.");
        await app.DeliverEmailAsync();

        var toLucia = Assert.Single(app.Mail.To("lucia@example.org"), m => (m.Subject ?? "").Contains("mensaje", StringComparison.Ordinal));
        var toAna = Assert.Single(app.Mail.To("ana@example.org"), m => (m.Subject ?? "").Contains("message", StringComparison.Ordinal));
        AssertSpanish(toLucia);
        Assert.Equal("Ana te ha enviado un mensaje sobre «Ayuda con la compra»", toLucia.Subject);
        Assert.Equal("Lucía sent you a message about “Ayuda con la compra”", toAna.Subject);
        Assert.Contains("«¿Qué piso?»", toLucia.TextBody, StringComparison.Ordinal);
        Assert.Contains("“El tercero, sin ascensor.”", toAna.TextBody, StringComparison.Ordinal);
        foreach (var (email, other) in new[] { (toLucia, "ana@example.org"), (toAna, "lucia@example.org") })
        {
            Assert.Contains($"https://mutualaid.example/Posts/{postId}", email.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(other, email.TextBody + email.HtmlBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("600 111 222", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_burst_of_messages_is_one_email_until_the_other_side_writes_back()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        await app.DeliverEmailAsync();
        var before = app.Mail.To("ben@example.org").Count;

        await ana.SendMessageAsync(postId, answerId, "What floor?");
        await ana.SendMessageAsync(postId, answerId, "And is there a lift?");
        await ben.SendMessageAsync(postId, answerId, "Third, no lift.");
        await ana.SendMessageAsync(postId, answerId, "Thanks, see you.");
        await app.DeliverEmailAsync();

        Assert.Equal(2, app.Mail.To("ben@example.org").Count - before);
        Assert.Single(app.Mail.To("ana@example.org"), m => (m.Subject ?? "").StartsWith("Ben sent you a message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_neighbor_who_turned_emails_off_gets_none_but_reads_the_message_on_the_page()
    {
        await using var app = new MutualAidApp();
        var (ana, ben, postId, answerId) = await app.AnsweredPostAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ben@example.org")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Notifications, NotificationMode.Off)));

        await ana.SendMessageAsync(postId, answerId, "What floor?");
        await app.DeliverEmailAsync();

        Assert.DoesNotContain(app.Mail.To("ben@example.org"), m => (m.Subject ?? "").Contains("message", StringComparison.Ordinal));
        Assert.Equal(["Ana · just now | What floor?"], (await ben.GetPageAsync($"/Posts/{postId}")).Messages());
    }

    [Theory]
    [InlineData("", "Write a message.")]
    [InlineData("long", "Keep your message to 500 characters or fewer.")]
    public async Task Bad_words_get_a_message_at_the_field_keep_what_was_typed_and_save_nothing(string typed, string expected)
    {
        await using var app = new MutualAidApp();
        var (ana, _, postId, answerId) = await app.AnsweredPostAsync();
        var words = typed == "long" ? new string('a', 501) : typed;

        var response = await ana.PostMessageAsync(postId, answerId, words, tokenFromPost: postId);
        var page = await HtmlForms.ParseAsync(response);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(expected, page.Document.QuerySelector(".conversation .field-error")?.TextContent.Trim());
        Assert.Equal(expected, page.Document.QuerySelector(".error-summary a[href='#Reply']")?.TextContent.Trim());
        Assert.Equal(words, page.Document.QuerySelector("textarea#Reply")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.AnswerMessages.CountAsync()));
    }
}
