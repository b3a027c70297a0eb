using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: a stranger or a neighbor searches the list and the map for a word that only a hidden,
// withdrawn or expired post holds, hoping to learn that such a post exists (from a card, a count
// or anything else on the page) by comparing the answer with a search for a word found nowhere.
public class SearchLeakTests
{
    private const string OnlyInThatPost = "walkietalkies";
    private const string FoundNowhere = "periwinklexyz";

    public static TheoryData<string> WaysToLeave() => ["Hide", "Withdraw", "Expire"];

    [Theory]
    [MemberData(nameof(WaysToLeave))]
    public async Task A_search_for_a_word_only_a_post_gone_from_the_list_holds_answers_as_for_a_word_found_nowhere(string leaving)
    {
        var (app, ana, steward, postId) = await Moderation.ModerationTests.AppAsync();
        await using var _ = app;
        await ana.SubmitAsync(await ana.GetPageAsync($"/Posts/{postId}/Edit"), "main form[method=post]",
            new() { ["Input.Details"] = $"Two {OnlyInThatPost} for the building" });
        var ben = await app.SignedInAsync(Person.Ben);
        Assert.Contains(OnlyInThatPost, (await ben.GetPageAsync($"/?q={OnlyInThatPost}")).Text, StringComparison.Ordinal);

        await LeaveAsync(leaving, app, ana, steward, postId);

        foreach (var probe in new[] { app.CreateBrowserClient(), ben })
        {
            foreach (var path in new[] { "/?q=", "/Map?q=", "/?sort=Nearest&within=5&q=" })
            {
                var hit = await probe.GetPageAsync(path + OnlyInThatPost);
                var miss = await probe.GetPageAsync(path + FoundNowhere);
                Assert.Equal(Unsearched(miss.Text, FoundNowhere), Unsearched(hit.Text, OnlyInThatPost));
                Assert.Contains("0 open posts", hit.Text, StringComparison.Ordinal);
            }
        }
    }

    private static async Task LeaveAsync(string leaving, MutualAidApp app, HttpClient ana, HttpClient steward, int postId)
    {
        switch (leaving)
        {
            case "Hide":
                await steward.ReportPostAsync(postId, "Selling");
                await steward.SubmitAsync(await steward.GetPageAsync("/Moderation"), "main li form", new() { ["reason"] = "Selling, not sharing" }, "Hide");
                break;
            case "Withdraw":
                await ana.SubmitAsync(await ana.GetPageAsync($"/Posts/{postId}/Withdraw"), "form[action*='handler=Withdraw']", new());
                break;
            default:
                app.Clock.Advance(TimeSpan.FromDays(61));
                break;
        }
    }

    private static string Unsearched(string text, string word) => text.Replace(word, "WORD", StringComparison.Ordinal);
}
