using MutualAid.Web.Email;
using MutualAid.Web.Notifications;

namespace MutualAid.Web.Answers;

public sealed record Contact(string Id, string Email, string DisplayName, string? Phone)
{
    public Recipient AsRecipient => new(Id, Email, DisplayName);
}

// The emails of the answering flow. Contact details appear in one email only: the introduction
// sent to the two neighbors of an accepted answer, each receiving the other's.
public sealed class AnswerEmails(NotificationEmails emails, EmailLinks links)
{
    private const string Why = "You get this email because you are part of this post on MutualAid.";

    public EmailMessage NewAnswer(Contact author, string answererName, string postTitle, int postId, string message) =>
        emails.Compose(author.AsRecipient, $"{answererName} answered “{postTitle}”",
            [$"{answererName} answered your post “{postTitle}”:", message.Length > 0 ? $"“{message}”" : "(no message)",
                "Open your post to accept or decline. Nothing about you is shared until you accept."],
            [("Your post and its answers", links.Post(postId))], Why);

    public EmailMessage Introduction(Contact to, Contact other, string postTitle, int postId, bool toIsAuthor)
    {
        var how = other.Phone is { Length: > 0 } phone ? $"Email: {other.Email}\nPhone: {phone}" : $"Email: {other.Email}";
        var what = toIsAuthor
            ? $"You accepted {other.DisplayName}'s answer to your post “{postTitle}”."
            : $"{other.DisplayName} accepted your answer to “{postTitle}”.";
        return emails.Compose(to.AsRecipient, $"You are in touch with {other.DisplayName}",
            [what, $"Here is how to reach {other.DisplayName}:\n{how}",
                $"{other.DisplayName} has received your contact details in the same way. Agree together where and when; share an address only when you are ready.",
                "When it is done, either of you can mark the post fulfilled."],
            [("The post", links.Post(postId))], Why);
    }

    public EmailMessage SteppedBack(Contact author, string helperName, string postTitle, int postId) =>
        emails.Compose(author.AsRecipient, $"{helperName} can no longer help with “{postTitle}”",
            [$"{helperName} withdrew their answer to “{postTitle}”, so they will not come. Your post is open again and can take new answers."],
            [("Your post", links.Post(postId))], Why);

    public EmailMessage Thanked(Contact reader, string writerName, string postTitle, int postId, bool writerWantsPublic) =>
        emails.Compose(reader.AsRecipient, $"{writerName} left you a thank-you note",
            [$"{writerName} left you a thank-you note for “{postTitle}”.",
                writerWantsPublic ? $"{writerName} would like to show it on the home page. It appears there only if you agree on the post's page." : "It is private between the two of you."],
            [("Read it", links.Post(postId))], Why);

    public EmailMessage Declined(Contact to, string postTitle, int postId) =>
        emails.Compose(to.AsRecipient, $"About your answer to “{postTitle}”",
            [$"The author of “{postTitle}” went with someone else this time. Thank you for offering; there are other posts near you."],
            [("Posts near you", links.Absolute("/?sort=Nearest"))], Why);

    public EmailMessage Closed(Contact to, string postTitle, int postId, bool fulfilled) =>
        emails.Compose(to.AsRecipient, fulfilled ? $"“{postTitle}” is done" : $"“{postTitle}” was withdrawn",
            [fulfilled
                ? $"“{postTitle}” is marked fulfilled. You can leave a thank-you note on the post."
                : $"The author withdrew “{postTitle}”. Nothing more is needed from you."],
            [("The post", links.Post(postId))], Why);

    public EmailMessage ExpiryReminder(Contact author, string postTitle, string renewUrl, DateTime expiresAt) =>
        emails.Compose(author.AsRecipient, $"“{postTitle}” closes in 3 days",
            [$"Your post “{postTitle}” closes on {expiresAt:d MMMM yyyy}. If it is still needed, renew it with one click. If not, you need not do anything."],
            [("Renew it for another period", renewUrl)], "You get this email because you asked for emails about your posts.");
}
