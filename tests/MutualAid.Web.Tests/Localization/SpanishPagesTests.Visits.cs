namespace MutualAid.Web.Tests.Localization;

// The pages SpanishPagesTests visits, and as whom.
public partial class SpanishPagesTests
{
    private enum Who
    {
        Stranger,
        Neighbor,
        Author,
    }

    // Submitting Form (a CSS selector) with Values shows the form's error state.
    private sealed record Visit(Who Who, string Url, string? Form = null, Dictionary<string, string>? Values = null);

    // Keyed by page route; {post} is Ana's need, answered by Bea; Ana is a steward; {bea} is Bea's id.
    private static readonly Dictionary<string, Visit[]> Visits = new()
    {
        [""] = [new(Who.Stranger, "/"), new(Who.Author, "/"), new(Who.Stranger, "/?kind=Offer&category=999"), new(Who.Neighbor, "/?kind=Need&q=lentejas&within=2&sort=Urgent")],
        ["HowItWorks"] = [new(Who.Stranger, "/HowItWorks"), new(Who.Neighbor, "/HowItWorks")],
        ["Healthz/Page"] = [new(Who.Stranger, "/Healthz/Page")],
        ["Feed"] = [new(Who.Stranger, "/Feed")],
        ["Print"] = [new(Who.Stranger, "/Print"), new(Who.Neighbor, "/Print?kind=Need&within=2&paper=Letter"), new(Who.Stranger, "/Print?kind=Banana&within=abc&paper=Legal")],
        ["p/{id:int}"] = [new(Who.Stranger, "/p/{post}")],
        ["Map"] = [new(Who.Stranger, "/Map"), new(Who.Neighbor, "/Map")],
        ["Error"] = [new(Who.Stranger, "/Error")],
        ["Status"] = [new(Who.Stranger, "/Status?code=404"), new(Who.Stranger, "/Status?code=429"), new(Who.Stranger, "/Status?code=400")],
        ["Language"] = [new(Who.Stranger, "/Language")],
        ["Mine"] = [new(Who.Author, "/Mine"), new(Who.Neighbor, "/Mine")],
        ["Matches"] = [new(Who.Author, "/Matches"), new(Who.Neighbor, "/Matches")],
        ["Profile"] = [new(Who.Author, "/Profile"), new(Who.Author, "/Profile", "main form[method=post]", new() { ["Input.RadiusKm"] = "0", ["Input.DisplayName"] = "" })],
        ["Profile/Notifications"] = [new(Who.Author, "/Profile/Notifications")],
        ["Profile/Data"] = [new(Who.Author, "/Profile/Data"), new(Who.Neighbor, "/Profile/Data")],
        ["Profile/Delete"] = [new(Who.Author, "/Profile/Delete"), new(Who.Author, "/Profile/Delete", "main form[method=post]", new() { ["Input.Password"] = "" })],
        ["Profile/Blocked"] = [new(Who.Author, "/Profile/Blocked")],
        ["Profile/Helping"] = [new(Who.Author, "/Profile/Helping"), new(Who.Author, "/Profile/Helping", "main form[method=post]", new() { ["Input.DistanceKm"] = "7", ["Input.Mode"] = "Loud" })],
        ["Profile/Home"] = [new(Who.Neighbor, "/Profile/Home"), new(Who.Neighbor, "/Profile/Home", "main form[method=post]", new() { ["Input.NeighborhoodId"] = "" })],
        ["Unsubscribe"] = [new(Who.Stranger, "/Unsubscribe?token=forged")],
        ["Report"] = [new(Who.Neighbor, "/Report?postId={post}"), new(Who.Neighbor, "/Report?postId={post}", "main form[method=post]", new() { ["Input.Reason"] = "" })],
        ["Posts/New"] = [new(Who.Author, "/Posts/New"), new(Who.Author, "/Posts/New?kind=Need", "main form[method=post]", new() { ["Input.Title"] = "", ["Input.RadiusKm"] = "-4" })],
        ["Posts/{id:int}"] = [new(Who.Stranger, "/Posts/{post}"), new(Who.Neighbor, "/Posts/{post}"), new(Who.Author, "/Posts/{post}")],
        ["Posts/{id:int}/Edit"] = [new(Who.Author, "/Posts/{post}/Edit"), new(Who.Author, "/Posts/{post}/Edit", "main form[method=post]", new() { ["Input.Title"] = "" })],
        ["Posts/{id:int}/Withdraw"] = [new(Who.Author, "/Posts/{post}/Withdraw")],
        ["Posts/{id:int}/Renew"] = [new(Who.Stranger, "/Posts/{post}/Renew?token=forged")],
        ["Moderation"] = [new(Who.Author, "/Moderation")],
        ["Moderation/Categories"] = [new(Who.Author, "/Moderation/Categories")],
        ["Moderation/Neighborhoods"] = [new(Who.Author, "/Moderation/Neighborhoods")],
        ["Moderation/Stewards"] = [new(Who.Author, "/Moderation/Stewards")],
        ["Moderation/Coordinators"] = [new(Who.Author, "/Moderation/Coordinators")],
        ["Coordinate"] = [new(Who.Author, "/Coordinate")],
        ["HandOver"] = [new(Who.Neighbor, "/HandOver?token=forged")],
        ["Coordinate/Edit"] = [new(Who.Author, "/Coordinate/Edit"), new(Who.Author, "/Coordinate/Edit", "main form[method=post]", new() { ["Input.Name"] = "" })],
        ["Moderation/Blocked"] = [new(Who.Author, "/Moderation/Blocked")],
        // Reached by a form from the queue: SpanishModerationTests walks it with a report.
        ["Moderation/Block"] = [new(Who.Author, "/Moderation/Block")],
        ["Moderation/Health"] = [new(Who.Author, "/Moderation/Health")],
        ["Moderation/Neighbor"] = [new(Who.Author, "/Moderation/Neighbor?id={bea}")],
        ["Moderation/Reports/{id:int}"] = [new(Who.Author, "/Moderation/Reports/1")],
        ["Identity/Account/Login"] = [new(Who.Stranger, "/Identity/Account/Login"), new(Who.Stranger, "/Identity/Account/Login", "main form[method=post]", new() { ["Input.Email"] = "nadie@example.org", ["Input.Password"] = "no es esta" })],
        ["Identity/Account/Register"] = [new(Who.Stranger, "/Identity/Account/Register"), new(Who.Stranger, "/Identity/Account/Register", "main form[method=post]", new() { ["Input.Email"] = "", ["Input.Password"] = "corta" })],
        ["Identity/Account/RegisterConfirmation"] = [new(Who.Stranger, "/Identity/Account/RegisterConfirmation?email=rosa@example.org")],
        ["Identity/Account/ConfirmEmail"] = [new(Who.Stranger, "/Identity/Account/ConfirmEmail?userId={bea}&code=YWJj")],
        ["Identity/Account/ResendEmailConfirmation"] =
        [
            new(Who.Stranger, "/Identity/Account/ResendEmailConfirmation"),
            new(Who.Stranger, "/Identity/Account/ResendEmailConfirmation", "main form[method=post]", new() { ["Input.Email"] = "" }),
        ],
        ["Identity/Account/ForgotPassword"] =
        [
            new(Who.Stranger, "/Identity/Account/ForgotPassword"),
            new(Who.Stranger, "/Identity/Account/ForgotPassword", "main form[method=post]", new() { ["Input.Email"] = "no es un correo" }),
        ],
        ["Identity/Account/ForgotPasswordConfirmation"] = [new(Who.Stranger, "/Identity/Account/ForgotPasswordConfirmation")],
        ["Identity/Account/ResetPassword"] =
        [
            new(Who.Stranger, "/Identity/Account/ResetPassword?code=YWJj"),
            new(Who.Stranger, "/Identity/Account/ResetPassword?code=YWJj", "main form[method=post]", new() { ["Input.Email"] = "", ["Input.Password"] = "corta" }),
            new(Who.Stranger, "/Identity/Account/ResetPassword?code=YWJj", "main form[method=post]",
                new() { ["Input.Email"] = "bea@example.org", ["Input.Password"] = "una frase nueva y larga", ["Input.ConfirmPassword"] = "una frase nueva y larga" }),
        ],
        ["Identity/Account/ResetPasswordConfirmation"] = [new(Who.Stranger, "/Identity/Account/ResetPasswordConfirmation")],
        ["Identity/Account/ChangePassword"] =
        [
            new(Who.Neighbor, "/Identity/Account/ChangePassword"),
            new(Who.Neighbor, "/Identity/Account/ChangePassword", "main form[method=post]", new() { ["Input.NewPassword"] = "corta" }),
            new(Who.Neighbor, "/Identity/Account/ChangePassword", "main form[method=post]",
                new() { ["Input.CurrentPassword"] = "no es esta", ["Input.NewPassword"] = "una frase nueva y larga", ["Input.ConfirmPassword"] = "una frase nueva y larga" }),
        ],
        ["Identity/Account/ChangeEmail"] =
        [
            new(Who.Neighbor, "/Identity/Account/ChangeEmail"),
            new(Who.Neighbor, "/Identity/Account/ChangeEmail", "main form[method=post]", new() { ["Input.NewEmail"] = "no es un correo" }),
            new(Who.Neighbor, "/Identity/Account/ChangeEmail", "main form[method=post]", new() { ["Input.NewEmail"] = "nueva@example.org", ["Input.Password"] = "no es esta" }),
        ],
        ["Identity/Account/ConfirmEmailChange"] = [new(Who.Neighbor, "/Identity/Account/ConfirmEmailChange?userId=x&email=nueva@example.org&code=YWJj")],
        ["Identity/Account/LogOutElsewhere"] = [new(Who.Neighbor, "/Identity/Account/LogOutElsewhere")],
        ["Identity/Account/Logout"] = [new(Who.Stranger, "/Identity/Account/Logout"), new(Who.Neighbor, "/Identity/Account/Logout")],
        ["Identity/Account/Lockout"] = [new(Who.Stranger, "/Identity/Account/Lockout")],
        ["Identity/Account/AccessDenied"] = [new(Who.Neighbor, "/Identity/Account/AccessDenied")],
    };
}
