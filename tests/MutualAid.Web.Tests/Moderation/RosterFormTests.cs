using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Moderation;

// A steward naming or removing a steward or coordinator mistypes: the page comes back with the
// problem at the field and what they typed still in it, and nobody's role changes.
public class RosterFormTests
{
    public static TheoryData<string> Rosters => ["/Moderation/Stewards", "/Moderation/Coordinators"];

    private static string FieldError(HtmlPage page, string fieldId) =>
        page.Document.QuerySelector($"#{fieldId}")!.ParentElement!.QuerySelector(".field-error")?.TextContent.Trim() ?? "";

    private static string Typed(HtmlPage page, string fieldId) => page.Document.QuerySelector($"#{fieldId}")!.GetAttribute("value") ?? "";

    [Theory]
    [MemberData(nameof(Rosters))]
    public async Task An_unknown_email_and_a_missing_reason_are_shown_at_their_fields_and_nobody_is_named(string roster)
    {
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        var (roles, log) = await RolesAndLogAsync(app);

        var page = await steward.GetPageAsync(roster);
        var unknown = await steward.SubmitForPageAsync(page, "main form[method=post]:not([action*='handler'])", new() { ["email"] = "nobody@example.org", ["reason"] = " " });
        var noReason = await steward.SubmitForPageAsync(page, "main form[method=post]:not([action*='handler'])", new() { ["email"] = "ben@example.org", ["reason"] = "" });
        var tooLong = await steward.SubmitForPageAsync(page, "main form[method=post]:not([action*='handler'])", new() { ["email"] = "ben@example.org", ["reason"] = new string('x', 501) });
        var noEmail = await steward.SubmitForPageAsync(page, "main form[method=post]:not([action*='handler'])", new() { ["email"] = "", ["reason"] = "Knows the street" });

        Assert.Equal(roster, unknown.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Enter the email of a neighbor with an account.", FieldError(unknown, "email"));
        Assert.Equal("nobody@example.org", Typed(unknown, "email"));
        Assert.Equal("Give a reason of 1 to 500 characters; it is recorded with the action.", FieldError(unknown, "reason"));
        Assert.Equal("true", unknown.Document.QuerySelector("#email")!.GetAttribute("aria-invalid"));
        Assert.NotNull(unknown.Document.QuerySelector(".error-summary a[href='#email']"));
        Assert.NotNull(unknown.Document.QuerySelector(".error-summary a[href='#reason']"));
        Assert.Equal("", FieldError(noReason, "email"));
        Assert.Equal("ben@example.org", Typed(noReason, "email"));
        Assert.Equal("Give a reason of 1 to 500 characters; it is recorded with the action.", FieldError(noReason, "reason"));
        Assert.Equal("Give a reason of 1 to 500 characters; it is recorded with the action.", FieldError(tooLong, "reason"));
        Assert.Equal("Enter the email of a neighbor with an account.", FieldError(noEmail, "email"));
        Assert.Equal("Knows the street", Typed(noEmail, "reason"));
        Assert.Equal((roles, log), await RolesAndLogAsync(app));
    }

    [Theory]
    [MemberData(nameof(Rosters))]
    public async Task A_removal_without_a_reason_or_with_a_made_up_neighbor_is_shown_at_its_fields_and_nobody_is_removed(string roster)
    {
        await using var app = new MutualAidApp();
        var steward = await app.SignedInStewardAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        await app.MakeStewardAsync("ben@example.org");
        await app.MakeCoordinatorAsync("ben@example.org");
        var (roles, log) = await RolesAndLogAsync(app);
        var benId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "ben@example.org").Select(u => u.Id).SingleAsync());

        var page = await steward.GetPageAsync(roster);
        var noReason = await steward.SubmitForPageAsync(page, "main form[action*='handler=Remove']", new() { ["neighborId"] = benId, ["reason"] = " " });
        var madeUp = await steward.SubmitForPageAsync(page, "main form[action*='handler=Remove']", new() { ["neighborId"] = "not-a-neighbor", ["reason"] = "Moved away" });

        Assert.Equal("Give a reason of 1 to 500 characters; it is recorded with the action.", FieldError(noReason, "remove-reason"));
        Assert.Equal("", FieldError(noReason, "reason"));
        Assert.Equal(benId, noReason.Document.QuerySelector("#remove-neighborId option[selected]")?.GetAttribute("value"));
        Assert.NotNull(noReason.Document.QuerySelector(".error-summary a[href='#remove-reason']"));
        Assert.Contains("from the list.", FieldError(madeUp, "remove-neighborId"), StringComparison.Ordinal);
        Assert.Equal("Moved away", Typed(madeUp, "remove-reason"));
        Assert.Equal((roles, log), await RolesAndLogAsync(app));
    }

    [Theory]
    [InlineData("/Moderation/Stewards", "Escribe la dirección de correo de alguien con cuenta.")]
    [InlineData("/Moderation/Coordinators", "Escribe el correo de un vecino con cuenta.")]
    public async Task A_steward_who_reads_Spanish_sees_the_problems_in_Spanish(string roster, string unknownEmail)
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        await app.MakeStewardAsync(Person.Ana.Email);
        await app.SpeaksAsync(Person.Ana.Email, "es");
        var steward = (await app.SignedInClientAsync(Person.Ana.Email)).Prefers("es");

        var page = await steward.GetPageAsync(roster);
        var refused = await steward.SubmitForPageAsync(page, "main form[method=post]:not([action*='handler'])", new() { ["email"] = "nadie@example.org", ["reason"] = "" });

        Assert.Equal(unknownEmail, FieldError(refused, "email"));
        Assert.Equal("Escribe un motivo de 1 a 500 caracteres; queda registrado junto a la acción.", FieldError(refused, "reason"));
        Assert.Equal("nadie@example.org", Typed(refused, "email"));
    }

    private static async Task<(int Roles, int Log)> RolesAndLogAsync(MutualAidApp app) =>
        (await app.WithDbAsync(db => db.UserRoles.CountAsync()), await app.WithDbAsync(db => db.StewardActions.CountAsync()));
}
