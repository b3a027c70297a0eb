using Microsoft.Extensions.Localization;
using MutualAid.Web.Email;

namespace MutualAid.Web.Coordination;

// The one email of coordination itself: to a coordinator whose offline neighbor another took over.
// It goes only to a coordinator, who knew the neighbor's name already.
public sealed class CoordinationEmails(EmailComposer composer, EmailLinks links, IStringLocalizer<CoordinationEmails> text)
{
    public EmailMessage TakenOver(Recipient to, string offlineName, string newCoordinatorName) =>
        composer.Update(to, () => new(text["{0} now looks after {1}", newCoordinatorName, offlineName],
            [text["{0}, another coordinator, has taken over looking after {1}. Their open posts moved to {0}, and answers to them now go there.", newCoordinatorName, offlineName],
                text["If you were in touch with a neighbor about one of those posts, let them know whom to reach now."]],
            [new(text["Your coordinator page"], links.Absolute("/Coordinate"))],
            text["You get this email because you are a coordinator on MutualAid."]));
}
