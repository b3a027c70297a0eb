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

    // The author (Ana unless named) posts through the form and the answerer (Ben unless named)
    // answers from the post's page.
    public static async Task<AnsweredPost> AnsweredPostAsync(this MutualAidApp app, Person? author = null, Person? answerer = null,
        string kind = "Need", string title = "Ride to the clinic", string answer = "I can")
    {
        var authorClient = await app.SignedInAsync(author ?? Person.Ana);
        var answererClient = await app.SignedInAsync(answerer ?? Person.Ben);
        var postId = await app.PostThroughFormAsync(authorClient, kind, title);
        await answererClient.AnswerAsync(postId, answer);
        return new AnsweredPost(authorClient, answererClient, postId, await app.AnswerIdAsync(answer));
    }

    public static Task<int> AnswerIdAsync(this MutualAidApp app, string message) =>
        app.WithDbAsync(db => db.Answers.Where(a => a.Message == message).Select(a => a.Id).SingleAsync());
}

public sealed record AnsweredPost(HttpClient Author, HttpClient Answerer, int PostId, int AnswerId);
