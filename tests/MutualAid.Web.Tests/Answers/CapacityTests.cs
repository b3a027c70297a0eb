using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Posts;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Answers;

// A post for more than one person: it takes answers until as many are accepted as it asked for,
// each accepted neighbor is introduced to the author, and whoever comes next is told plainly, in
// their language, that it is full.
public class CapacityTests
{
    [Fact]
    public async Task A_need_for_two_accepts_two_introduces_each_and_tells_the_third_it_is_full()
    {
        await using var app = new MutualAidApp();
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var cai = await app.SignedInAsync(Person.Cai);
        await app.AddNeighborAsync(Person.Sam);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == Person.Sam.Email).ExecuteUpdateAsync(u => u.SetProperty(n => n.Language, "es")));
        var sam = await app.SignedInClientAsync(Person.Sam.Email);
        var post = await PostForTwoAsync(app, ana);
        await ben.AnswerAsync(post, "Ben can lift");
        await cai.AnswerAsync(post, "Cai can lift");

        var first = await ana.PressAsync(post, "Accept", await app.AnswerIdAsync("Ben can lift"));
        Assert.Contains("Accepted", first.Notice(), StringComparison.Ordinal);
        Assert.Contains("2 (1 taken)", first.Text, StringComparison.Ordinal);
        Assert.Equal(PostStatus.Open, (await app.FindPostAsync(post))!.Status);
        var stillOpen = await app.CreateBrowserClient().GetPageAsync($"/Posts/{post}");
        Assert.Contains("sign up", stillOpen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("This post is full", stillOpen.Text, StringComparison.Ordinal);

        var second = await ana.PressAsync(post, "Accept", await app.AnswerIdAsync("Cai can lift"));
        Assert.Contains("Accepted", second.Notice(), StringComparison.Ordinal);
        Assert.Contains("2 (2 taken)", second.Text, StringComparison.Ordinal);
        Assert.Equal(PostStatus.InProgress, (await app.FindPostAsync(post))!.Status);
        await app.DeliverEmailAsync();
        Assert.Single(app.Mail.To(Person.Ben.Email), m => m.Subject == "You are in touch with Ana" && m.TextBody!.Contains(Person.Ana.Email, StringComparison.Ordinal));
        Assert.Single(app.Mail.To(Person.Cai.Email), m => m.Subject == "You are in touch with Ana" && m.TextBody!.Contains(Person.Ana.Email, StringComparison.Ordinal));
        Assert.Single(app.Mail.To(Person.Ana.Email), m => m.Subject == "You are in touch with Ben");
        Assert.Single(app.Mail.To(Person.Ana.Email), m => m.Subject == "You are in touch with Cai");

        var english = await (await app.SignedInAsync(new Person("Dee", TestData.BenHome))).GetPageAsync($"/Posts/{post}");
        Assert.Contains("This post is full: all the people it needs have been accepted.", english.Text, StringComparison.Ordinal);
        Assert.Null(english.Document.QuerySelector("form[action*='handler=Answer']"));
        var spanish = await sam.GetPageAsync($"/Posts/{post}");
        Assert.Contains("Esta publicación está completa", spanish.Text, StringComparison.Ordinal);
        var crafted = await HtmlForms.ParseAsync(await sam.PostWithTokenOfAsync(spanish, $"/Posts/{post}?handler=Answer", values: new() { ["Message"] = "Sam can lift" }));
        Assert.Contains("Esta publicación está completa: ya se ha aceptado a todas las personas que necesita.", crafted.Notice(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Answers.AnyAsync(a => a.Message == "Sam can lift")));
    }

    private static async Task<int> PostForTwoAsync(MutualAidApp app, HttpClient author)
    {
        var form = await author.GetPageAsync("/Posts/New?kind=Need");
        var posted = await author.SubmitForPageAsync(form, "form[method=post]:not(.inline-form)", new()
        {
            ["Input.Kind"] = "Need",
            ["Input.CategoryId"] = (await app.CategoryIdAsync("Moving help")).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = "Two people to carry a sofa",
            ["Input.Details"] = "",
            ["Input.Location"] = "Home",
            ["Input.RadiusKm"] = "3",
            ["Input.Urgency"] = "Whenever",
            ["Input.Capacity"] = "2",
        });
        var path = posted.Response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Posts/", path, StringComparison.Ordinal);
        return int.Parse(path["/Posts/".Length..], CultureInfo.InvariantCulture);
    }
}
