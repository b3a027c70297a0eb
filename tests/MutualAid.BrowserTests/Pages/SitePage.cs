namespace MutualAid.BrowserTests.Pages;

// A page in one state, as a neighbor meets it: signed in (as the steward Rosa unless As names
// another seeded neighbor) or signed out, and for a form, optionally after sending it with the
// button SendEmptyWith names (in English; Spanish pages press the same button in Spanish), first
// emptying the field Clear points at, so it shows its errors. {name} in a path is a seeded post
// (SeededSite.Posts). To check a new page or state everywhere, add a line here.
public sealed record SitePage(string Name, string Path, bool SignedIn, string? SendEmptyWith = null, string Language = "en")
{
    public string As { get; init; } = SeededSite.Steward;

    public string? Clear { get; init; }

    // A button to press first, on the page at Path, to reach the page checked (a confirmation).
    public string? Through { get; init; }

    // Checked on a phone only: its layout at 1280 px is the same as pages checked there. A page is
    // checked at 1280 px too where something in it is laid out by the width: the header's wide
    // menu (every home page, signed in and out, in both languages), the home page's two columns,
    // a post's facts, the stewards' logs, the data list, and a map, which Leaflet lays out by its
    // size. Other pages and states reflow the same blocks into a wider column (forms, messages,
    // lists of cards); axe finds the same there, and PostFormTests and FrontDoorTests check the
    // post form, the home page and how it works at both widths in every state.
    public bool PhoneOnly { get; init; }

    // The first steps, talk on an answer, hidden posts and the stewards' newer pages, in each
    // state; checked by a test method of their own, so a run can take just these.
    public static readonly IReadOnlyList<SitePage> StepsTalkAndModeration =
    [
        new("helping", "/Profile/Helping", SignedIn: true) { PhoneOnly = true },
        new("helping-newcomer", "/Profile/Helping", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("home-first-step", "/Profile/Home?returnUrl=%2FMatches", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("home-first-step-errors", "/Profile/Home?returnUrl=%2FMatches", SignedIn: true, SendEmptyWith: "Save and go on") { As = SeededSite.Newcomer, PhoneOnly = true },
        new("home-step-home-set", "/Profile/Home", SignedIn: true) { PhoneOnly = true },
        new("post-author-talk", "/Posts/{talk}", SignedIn: true) { As = SeededSite.Author, PhoneOnly = true },
        new("post-answerer-talk", "/Posts/{talk}", SignedIn: true) { PhoneOnly = true },
        new("post-hidden-steward", "/Posts/{hidden}", SignedIn: true) { PhoneOnly = true },
        new("post-hidden-steward-errors", "/Posts/{hidden}", SignedIn: true, SendEmptyWith: "Restore post") { PhoneOnly = true },
        new("post-hidden-author", "/Posts/{hidden}", SignedIn: true) { As = SeededSite.Author, PhoneOnly = true },
        new("mine-hidden", "/Mine", SignedIn: true) { As = SeededSite.Author, PhoneOnly = true },
        // The open report is about Tomas's post: the confirmation names him, and an empty reason blocks nobody.
        // A button's name begins with the warning sign it shows when it blocks.
        new("moderation-block", "/Moderation", SignedIn: true) { Through = "⚠ Block the author…", PhoneOnly = true },
        new("moderation-block-errors", "/Moderation", SignedIn: true, SendEmptyWith: "⚠ Yes, block Tomas") { Through = "⚠ Block the author…", PhoneOnly = true },
        new("moderation-neighbor", "/Moderation/Neighbor?id={offer-author}", SignedIn: true),
        new("moderation-report-open", "/Moderation/Reports/{report-open}", SignedIn: true),
        new("moderation-report-done", "/Moderation/Reports/{report-done}", SignedIn: true) { PhoneOnly = true },
        new("moderation-health", "/Moderation/Health", SignedIn: true),
        new("moderation-health-es", "/Moderation/Health", SignedIn: true, Language: "es") { PhoneOnly = true },
    ];

    // Changing one's email and logging out elsewhere: checked by a test method of their own too.
    public static readonly IReadOnlyList<SitePage> AccountChanges =
    [
        new("change-email", "/Identity/Account/ChangeEmail", SignedIn: true) { PhoneOnly = true },
        new("change-email-errors", "/Identity/Account/ChangeEmail", SignedIn: true, SendEmptyWith: "Send the link") { PhoneOnly = true },
        // A link for another account, or used already, says so with nothing to press.
        new("confirm-email-change-refused", "/Identity/Account/ConfirmEmailChange?userId=x&email=new%40example.org&code=YWJj", SignedIn: true) { PhoneOnly = true },
        new("log-out-elsewhere", "/Identity/Account/LogOutElsewhere", SignedIn: true) { PhoneOnly = true },
    ];

    // A neighbor's own data, and the confirmation before deleting an account (an empty password
    // deletes nothing); checked by a test method of their own.
    public static readonly IReadOnlyList<SitePage> OwnData =
    [
        new("your-data", "/Profile/Data", SignedIn: true),
        new("your-data-newcomer", "/Profile/Data", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("delete-account", "/Profile/Delete", SignedIn: true) { PhoneOnly = true },
        new("delete-account-errors", "/Profile/Delete", SignedIn: true, SendEmptyWith: "⚠ Delete my account") { PhoneOnly = true },
    ];

    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/", SignedIn: true),
        new("home-signed-out", "/", SignedIn: false),
        new("map", "/Map", SignedIn: true),
        new("post", "/Posts/{need}", SignedIn: true),
        new("post-to-answer", "/Posts/{offer}", SignedIn: true),
        new("login", "/Identity/Account/Login", SignedIn: false) { PhoneOnly = true },
        new("register", "/Identity/Account/Register", SignedIn: false) { PhoneOnly = true },
        new("register-errors", "/Identity/Account/Register", SignedIn: false, SendEmptyWith: "Sign up") { PhoneOnly = true },
        new("new-post", "/Posts/New", SignedIn: true),
        new("new-post-errors", "/Posts/New?kind=Need", SignedIn: true, SendEmptyWith: "Post it") { PhoneOnly = true },
        new("new-offer", "/Posts/New?kind=Offer", SignedIn: true) { PhoneOnly = true },
        new("profile", "/Profile", SignedIn: true),
        new("mine", "/Mine", SignedIn: true),
        new("matches", "/Matches", SignedIn: true),
        new("moderation", "/Moderation", SignedIn: true),
        new("post-signed-out", "/Posts/{need}", SignedIn: false),
        new("login-errors", "/Identity/Account/Login", SignedIn: false, SendEmptyWith: "Log in") { PhoneOnly = true },
        new("forgot-password-errors", "/Identity/Account/ForgotPassword", SignedIn: false, SendEmptyWith: "Send the link") { PhoneOnly = true },
        new("change-password-errors", "/Identity/Account/ChangePassword", SignedIn: true, SendEmptyWith: "Change password") { PhoneOnly = true },
        new("email-settings", "/Profile/Notifications", SignedIn: true) { PhoneOnly = true },
        new("report-errors", "/Report?postId={offer}", SignedIn: true, SendEmptyWith: "Send the report") { PhoneOnly = true },
        new("moderation-categories", "/Moderation/Categories", SignedIn: true) { PhoneOnly = true },
        new("moderation-neighborhoods", "/Moderation/Neighborhoods", SignedIn: true),
        new("moderation-stewards", "/Moderation/Stewards", SignedIn: true) { PhoneOnly = true },
        new("blocked-neighbors", "/Profile/Blocked", SignedIn: true) { PhoneOnly = true },
        new("blocked-neighbors-es", "/Profile/Blocked", SignedIn: true, Language: "es") { PhoneOnly = true },
        new("moderation-blocked", "/Moderation/Blocked", SignedIn: true) { PhoneOnly = true },
        new("not-found", "/Status?code=404", SignedIn: false) { PhoneOnly = true },
        new("language", "/Language", SignedIn: false) { PhoneOnly = true },
        new("home-es", "/", SignedIn: false, Language: "es"),
        new("home-es-signed-in", "/", SignedIn: true, Language: "es"),
        new("how-it-works", "/HowItWorks", SignedIn: false) { PhoneOnly = true },
        new("how-it-works-es", "/HowItWorks", SignedIn: false, Language: "es") { PhoneOnly = true },
        new("new-post-errors-es", "/Posts/New?kind=Need", SignedIn: true, SendEmptyWith: "Post it", Language: "es") { PhoneOnly = true },

        // Every signed-in page and form, in each state it can be in.
        new("mine-empty", "/Mine", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("matches-empty", "/Matches", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("post-author-accepted", "/Posts/{accepted}", SignedIn: true) { PhoneOnly = true },
        new("post-author-fulfilled", "/Posts/{fulfilled}", SignedIn: true) { PhoneOnly = true },
        new("post-author-withdrawn", "/Posts/{withdrawn}", SignedIn: true) { PhoneOnly = true },
        new("post-answerer-waiting", "/Posts/{answered}", SignedIn: true) { PhoneOnly = true },
        new("post-answerer-accepted", "/Posts/{answer-accepted}", SignedIn: true) { PhoneOnly = true },
        new("post-stranger-full", "/Posts/{accepted}", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("edit-post", "/Posts/{need}/Edit", SignedIn: true),
        new("edit-post-errors", "/Posts/{need}/Edit", SignedIn: true, SendEmptyWith: "Save changes") { Clear = "#Input_Title", PhoneOnly = true },
        new("withdraw-post", "/Posts/{need}/Withdraw", SignedIn: true) { PhoneOnly = true },
        new("renew-post", "{renew}", SignedIn: true) { PhoneOnly = true },
        // A closed post's renewal link says so at once, with nothing to press.
        new("renew-post-refused", "{renew-closed}", SignedIn: true) { PhoneOnly = true },
        new("report", "/Report?postId={offer}", SignedIn: true) { PhoneOnly = true },
        new("report-neighbor", "/Report?neighborId={offer-author}", SignedIn: true) { PhoneOnly = true },
        new("profile-errors", "/Profile", SignedIn: true, SendEmptyWith: "Save profile") { Clear = "#Input_DisplayName", PhoneOnly = true },
        new("profile-newcomer", "/Profile", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("email-settings-saved", "/Profile/Notifications", SignedIn: true, SendEmptyWith: "Save email settings") { PhoneOnly = true },
        new("blocked-neighbors-none", "/Profile/Blocked", SignedIn: true) { As = SeededSite.Newcomer, PhoneOnly = true },
        new("change-password", "/Identity/Account/ChangePassword", SignedIn: true) { PhoneOnly = true },
        new("moderation-errors", "/Moderation", SignedIn: true, SendEmptyWith: "Dismiss the report, do nothing") { PhoneOnly = true },
        new("moderation-categories-errors", "/Moderation/Categories", SignedIn: true, SendEmptyWith: "Add") { PhoneOnly = true },
        new("moderation-neighborhoods-edit", "/Moderation/Neighborhoods?edit=1", SignedIn: true),
        new("moderation-neighborhoods-errors", "/Moderation/Neighborhoods", SignedIn: true, SendEmptyWith: "Save") { PhoneOnly = true },
        new("moderation-stewards-errors", "/Moderation/Stewards", SignedIn: true, SendEmptyWith: "Name steward") { PhoneOnly = true },
        new("moderation-blocked-errors", "/Moderation/Blocked", SignedIn: true, SendEmptyWith: "Unblock Ivo") { PhoneOnly = true },
        .. StepsTalkAndModeration,
        .. AccountChanges,
        .. OwnData,
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static SitePage Named(string name) => All.Single(p => p.Name == name);
}
