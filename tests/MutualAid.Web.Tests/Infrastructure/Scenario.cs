using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Tests.Infrastructure;

// The set-up most tests share, written once: neighbors sign in, one posts, another answers.
public static class Scenario
{
    public static Task<Neighbor> AddNeighborAsync(this MutualAidApp app, Person person) =>
        app.AddNeighborAsync(person.Email, person.Name, person.Home);

    // An account at the person's home, signed in through the log-in page.
    public static async Task<HttpClient> SignedInAsync(this MutualAidApp app, Person person)
    {
        await app.AddNeighborAsync(person);
        return await app.SignedInClientAsync(person.Email);
    }

    public static async Task<HttpClient> SignedInStewardAsync(this MutualAidApp app, Person person)
    {
        await app.AddNeighborAsync(person);
        await app.MakeStewardAsync(person.Email);
        return await app.SignedInClientAsync(person.Email);
    }

    // Ana posts through the form and Ben answers her post from its page.
    public static async Task<AnsweredPost> AnaPostsAndBenAnswersAsync(this MutualAidApp app,
        string kind = "Need", string title = "Ride to the clinic", string answer = "I can")
    {
        var ana = await app.SignedInAsync(Person.Ana);
        var ben = await app.SignedInAsync(Person.Ben);
        var postId = await app.PostThroughFormAsync(ana, kind, title);
        await ben.AnswerAsync(postId, answer);
        return new AnsweredPost(ana, ben, postId, await app.AnswerIdAsync(answer));
    }

    public static Task<int> AnswerIdAsync(this MutualAidApp app, string message) =>
        app.WithDbAsync(db => db.Answers.Where(a => a.Message == message).Select(a => a.Id).SingleAsync());
}

public sealed record AnsweredPost(HttpClient Ana, HttpClient Ben, int PostId, int AnswerId);
