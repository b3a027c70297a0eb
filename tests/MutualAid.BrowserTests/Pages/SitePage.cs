namespace MutualAid.BrowserTests.Pages;

// A page as a neighbor meets it: signed in as the steward Rosa or signed out, and for a form,
// optionally after sending it empty so it shows its errors, in English or in Spanish.
public sealed record SitePage(string Name, string Path, bool SignedIn, string? SendEmptyWith = null, string Language = "en")
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/", SignedIn: true),
        new("home-signed-out", "/", SignedIn: false),
        new("map", "/Map", SignedIn: true),
        new("post", "/Posts/{need}", SignedIn: true),
        new("post-to-answer", "/Posts/{offer}", SignedIn: true),
        new("login", "/Identity/Account/Login", SignedIn: false),
        new("register", "/Identity/Account/Register", SignedIn: false),
        new("register-errors", "/Identity/Account/Register", SignedIn: false, SendEmptyWith: "Sign up"),
        new("new-post", "/Posts/New", SignedIn: true),
        new("new-post-errors", "/Posts/New?kind=Need", SignedIn: true, SendEmptyWith: "Post it"),
        new("new-offer", "/Posts/New?kind=Offer", SignedIn: true),
        new("profile", "/Profile", SignedIn: true),
        new("mine", "/Mine", SignedIn: true),
        new("matches", "/Matches", SignedIn: true),
        new("moderation", "/Moderation", SignedIn: true),
        new("post-signed-out", "/Posts/{need}", SignedIn: false),
        new("login-errors", "/Identity/Account/Login", SignedIn: false, SendEmptyWith: "Log in"),
        new("forgot-password-errors", "/Identity/Account/ForgotPassword", SignedIn: false, SendEmptyWith: "Send the link"),
        new("change-password-errors", "/Identity/Account/ChangePassword", SignedIn: true, SendEmptyWith: "Change password"),
        new("email-settings", "/Profile/Notifications", SignedIn: true),
        new("report-errors", "/Report?postId={offer}", SignedIn: true, SendEmptyWith: "Send the report"),
        new("moderation-categories", "/Moderation/Categories", SignedIn: true),
        new("moderation-neighborhoods", "/Moderation/Neighborhoods", SignedIn: true),
        new("moderation-stewards", "/Moderation/Stewards", SignedIn: true),
        new("blocked-neighbors", "/Profile/Blocked", SignedIn: true),
        new("blocked-neighbors-es", "/Profile/Blocked", SignedIn: true, Language: "es"),
        new("moderation-blocked", "/Moderation/Blocked", SignedIn: true),
        new("not-found", "/Status?code=404", SignedIn: false),
        new("language", "/Language", SignedIn: false),
        new("home-es", "/", SignedIn: false, Language: "es"),
        new("home-es-signed-in", "/", SignedIn: true, Language: "es"),
        new("how-it-works", "/HowItWorks", SignedIn: false),
        new("how-it-works-es", "/HowItWorks", SignedIn: false, Language: "es"),
        new("new-post-errors-es", "/Posts/New?kind=Need", SignedIn: true, SendEmptyWith: "Publicar", Language: "es"),
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static SitePage Named(string name) => All.Single(p => p.Name == name);
}
