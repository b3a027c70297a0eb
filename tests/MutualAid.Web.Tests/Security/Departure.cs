using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geo;
using MutualAid.Web.Moderation;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Zuleika takes part in everything the site records, and others write her name, address and phone
// into their own words, before she deletes her account through the page.
public sealed record Departure(HttpClient Zuleika, string ZuleikaId, HttpClient Ana, HttpClient Ben, HttpClient Cai, HttpClient Steward,
    int AnasPost, int ZuleikasAnswer, int ZuleikasDonePost, int ZuleikasOpenPost)
{
    public const string Phone = "+34 611 987 654";
    public static readonly Person Person = new("Zuleika", new GeoPoint(40.41598765, -3.70876543));

    public static async Task<Departure> LivedAsync(MutualAidApp app)
    {
        var zuleika = await app.SignedInAsync(Person);
        var zuleikaId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Person.Email).Select(u => u.Id).SingleAsync());
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == zuleikaId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, Phone)));

        var (ana, ben, anasPost, _) = await app.AnsweredPostAsync();
        var cai = await app.SignedInAsync(Person.Cai);
        await zuleika.AnswerAsync(anasPost, $"Zuleika here, call {Phone}");
        var zuleikasAnswer = await app.AnswerIdAsync($"Zuleika here, call {Phone}");
        await ana.PressAsync(anasPost, "Accept", zuleikasAnswer);
        await ana.SendMessageAsync(anasPost, zuleikasAnswer, "See you at 5, Zuleika");
        await zuleika.SendMessageAsync(anasPost, zuleikasAnswer, "Great, I am at the blue door");

        var donePost = await app.PostThroughFormAsync(zuleika, "Need", "Help moving a sofa");
        await ben.AnswerAsync(donePost, "I can lift");
        await zuleika.PressAsync(donePost, "Accept", await app.AnswerIdAsync("I can lift"));
        await app.DeliverEmailAsync();
        await zuleika.PressAsync(donePost, "Fulfil");
        await ben.SubmitAsync(await ben.GetPageAsync($"/Posts/{donePost}"), "form[action*='handler=Thank']", new() { ["Message"] = "Thank you Zuleika, lovely sofa" });
        await zuleika.SubmitAsync(await zuleika.GetPageAsync($"/Posts/{donePost}"), "form[action*='handler=Thank']", new() { ["Message"] = "Thanks, Ben!" });

        var openPost = await app.PostThroughFormAsync(zuleika, "Offer", "Spare jam jars");
        await ben.ReportPostAsync(openPost, $"Zuleika ({Person.Email}) wants money");
        await app.WithServiceAsync<NeighborBlocks, bool>(async blocks =>
        {
            var caiId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Person.Cai.Email).Select(u => u.Id).SingleAsync());
            await blocks.BlockAsync(zuleikaId, caiId);
            return true;
        });

        await app.MakeStewardAsync(Person.Ana.Email);
        var steward = await app.SignedInClientAsync(Person.Ana.Email);
        await steward.PostWithTokenOfAsync(await steward.GetPageAsync("/Moderation/Stewards"), "/Moderation/Stewards",
            values: new() { ["email"] = Person.Email, ["reason"] = "Zuleika knows the street" });

        await app.CreateBrowserClient().LogInAsync(Person.Email, "not her password at all");
        await app.CreateBrowserClient().AskForLinkAsync("/Identity/Account/ForgotPassword", Person.Email);
        return new(zuleika, zuleikaId, ana, ben, cai, steward, anasPost, zuleikasAnswer, donePost, openPost);
    }

    // Through the page, as she would; she lands on the home page signed out.
    public async Task<HtmlPage> DeleteAsync()
    {
        var form = await Zuleika.GetPageAsync("/Profile/Delete");
        return await Zuleika.SubmitForPageAsync(form, "main form[method=post]", new() { ["Input.Password"] = TestData.Password });
    }
}
