using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Answers;

// The words of the answering flow's emails. Contact details appear in one email only: the
// introduction sent to the two neighbors of an accepted answer, each receiving the other's.
public sealed class AnswerEmails(EmailComposer composer, EmailLinks links, SpokenLanguageNames languages, IStringLocalizer<AnswerEmails> text)
{
    private string Why => text["You get this email because you are part of this post on MutualAid."];

    public EmailMessage NewAnswer(Recipient author, string answererName, string postTitle, int postId, string message) =>
        composer.Update(author, () => new(text["{0} answered “{1}”", answererName, postTitle],
            [text["{0} answered your post “{1}”:", answererName, postTitle], message.Length > 0 ? text["“{0}”", message] : text["(no message)"],
                text["Open your post to accept or decline. Nothing about you is shared until you accept."]],
            [new(text["Your post and its answers"], links.Post(postId))], Why));

    public EmailMessage Introduction(Recipient to, Recipient other, string postTitle, int postId, bool toIsAuthor) =>
        composer.Update(to, () =>
        {
            var how = How(other);
            var what = toIsAuthor
                ? text["You accepted {0}'s answer to your post “{1}”.", other.DisplayName, postTitle]
                : text["{0} accepted your answer to “{1}”.", other.DisplayName, postTitle];
            return new(text["You are in touch with {0}", other.DisplayName],
                [what, text["Here is how to reach {0}:", other.DisplayName] + "\n" + how,
                    text["{0} has received your contact details in the same way. Agree together where and when; share an address only when you are ready.", other.DisplayName],
                    text["When it is done, either of you can mark the post fulfilled."]],
                [new(text["The post"], links.Post(postId))], Why);
        });

    // A post a coordinator made for a neighbor without an account: the other side learns only the
    // coordinator's contact and the words the coordinator chose to share, never who the neighbor is.
    public EmailMessage IntroductionThroughCoordinator(Recipient to, Recipient coordinator, string shared, IReadOnlyList<string> neighborSpeaks,
        string postTitle, int postId) =>
        composer.Update(to, () => new(text["{0} will put you in touch", coordinator.DisplayName],
            [text["Your answer to “{0}” was accepted.", postTitle],
                text["{0} is a coordinator who posted this for a neighbor who is not online, and will put the two of you in touch.", coordinator.DisplayName],
                text["Here is how to reach {0}:", coordinator.DisplayName] + "\n" + How(coordinator),
                .. shared.Length > 0 ? new[] { text["What {0} shares for the neighbor: “{1}”", coordinator.DisplayName, shared].Value } : [],
                .. neighborSpeaks.Count > 0 ? new[] { text["The neighbor speaks: {0}", languages.List(neighborSpeaks)].Value } : [],
                text["When it is done, either of you can mark the post fulfilled."]],
            [new(text["The post"], links.Post(postId))], Why));

    public EmailMessage IntroductionToCoordinator(Recipient coordinator, Recipient other, string offlineName, string postTitle, int postId) =>
        composer.Update(coordinator, () => new(text["You are in touch with {0}", other.DisplayName],
            [text["You accepted {0}'s answer to “{1}”, which you posted for {2}.", other.DisplayName, postTitle, offlineName],
                text["Here is how to reach {0}:", other.DisplayName] + "\n" + How(other),
                text["{0} has your contact details and knows that you will put them in touch. They were told nothing else but what you chose to share.", other.DisplayName],
                text["When it is done, either of you can mark the post fulfilled."]],
            [new(text["The post"], links.Post(postId))], Why));

    // A message from the other side of an answer: their words and a link, never an address. The
    // introduction after an acceptance is the one email that carries contact details.
    public EmailMessage NewMessage(Recipient to, string senderName, string postTitle, int postId, string message, bool toIsAuthor) =>
        composer.Update(to, () => new(text["{0} sent you a message about “{1}”", senderName, postTitle],
            [toIsAuthor
                ? text["{0}, who answered your post “{1}”, wrote:", senderName, postTitle]
                : text["{0}, who wrote “{1}”, replied to your answer:", senderName, postTitle],
                text["“{0}”", message],
                text["Reply on the post's page. Only the two of you can read these messages."]],
            [new(text["Read and reply"], links.Post(postId))], Why));

    public EmailMessage SteppedBack(Recipient author, string helperName, string postTitle, int postId) =>
        composer.Update(author, () => new(text["{0} can no longer help with “{1}”", helperName, postTitle],
            [text["{0} withdrew their answer to “{1}”, so they will not come. Your post is open again and can take new answers.", helperName, postTitle]],
            [new(text["Your post"], links.Post(postId))], Why));

    public EmailMessage Thanked(Recipient reader, string writerName, string postTitle, int postId, bool writerWantsPublic) =>
        composer.Update(reader, () => new(text["{0} left you a thank-you note", writerName],
            [text["{0} left you a thank-you note for “{1}”.", writerName, postTitle],
                writerWantsPublic
                    ? text["{0} would like to show it on the home page. It appears there only if you agree on the post's page.", writerName]
                    : text["It is private between the two of you."]],
            [new(text["Read it"], links.Post(postId))], Why));

    public EmailMessage Declined(Recipient to, string postTitle) =>
        composer.Update(to, () => new(text["About your answer to “{0}”", postTitle],
            [text["The author of “{0}” went with someone else this time. Thank you for offering; there are other posts near you.", postTitle]],
            [new(text["Posts near you"], links.Absolute("/?sort=Nearest"))], Why));

    public EmailMessage Closed(Recipient to, string postTitle, int postId, bool fulfilled) =>
        composer.Update(to, () => new(fulfilled ? text["“{0}” is done", postTitle] : text["“{0}” was withdrawn", postTitle],
            [fulfilled
                ? text["“{0}” is marked fulfilled. You can leave a thank-you note on the post.", postTitle]
                : text["The author withdrew “{0}”. Nothing more is needed from you.", postTitle]],
            [new(text["The post"], links.Post(postId))], Why));

    private string How(Recipient other)
    {
        string how = text["Email: {0}", other.Email];
        if (other.Phone is { Length: > 0 } phone)
        {
            how += "\n" + text["Phone: {0}", phone];
        }

        if (other.Speaks.Count > 0)
        {
            how += "\n" + text["Speaks: {0}", languages.List(other.Speaks)];
        }

        return how;
    }
}
