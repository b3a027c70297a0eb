using System.Globalization;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Localization;

// Every page as a neighbor whose browser asks for Spanish sees it, signed out, signed in, as a
// post's author and as a steward, and every form in its error state: nothing of the interface
// may be left in English. User content in this test is Spanish, so any English word found is the
// site's own.
public partial class SpanishPagesTests
{
    [Fact]
    public async Task Every_page_has_a_visit_in_Spanish()
    {
        await using var app = new MutualAidApp();
        _ = app.CreateClient();
        var routes = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(page => page.AttributeRouteInfo!.Template!)
            .Where(template => !template.EndsWith("Index", StringComparison.Ordinal))
            .Distinct();

        Assert.DoesNotContain(routes, route => !Visits.ContainsKey(route));
    }

    [Fact]
    public async Task Every_page_and_form_error_reads_in_Spanish()
    {
        await using var app = new MutualAidApp();
        await app.AddNeighborAsync(Person.Ana);
        var bea = await app.AddNeighborAsync("bea@example.org", "Bea", TestData.BenHome);
        await app.MakeStewardAndCoordinatorAsync("ana@example.org");
        // Log-in brings a neighbor's own language to the browser, so theirs is Spanish too.
        await app.SpeaksAsync("ana@example.org", "es");
        await app.SpeaksAsync("bea@example.org", "es");
        var clients = new Dictionary<Who, HttpClient>
        {
            [Who.Stranger] = app.CreateBrowserClient(),
            [Who.Neighbor] = await app.SignedInClientAsync("bea@example.org"),
            [Who.Author] = await app.SignedInClientAsync("ana@example.org"),
        };
        var postId = await app.PostThroughFormAsync(clients[Who.Author], "Need", "Lentejas para la semana", category: "Food & groceries");
        await app.PostThroughFormAsync(clients[Who.Neighbor], "Offer", "Me sobran legumbres", category: "Food & groceries");
        await clients[Who.Neighbor].AnswerAsync(postId, "Te llevo un kilo mañana");
        foreach (var client in clients.Values)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-ES,es;q=0.9");
        }

        var problems = new List<string>();
        foreach (var visit in Visits.Values.SelectMany(v => v))
        {
            var url = visit.Url.Replace("{post}", postId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{bea}", bea.Id, StringComparison.Ordinal);
            var client = clients[visit.Who];
            var page = await client.GetPageAsync(url);
            var what = $"{visit.Who} {url}";
            if (visit.Form is not null)
            {
                page = await client.SubmitForPageAsync(page, visit.Form, visit.Values!);
                what += " (form with errors)";
            }

            if ((int)page.Response.StatusCode >= 500)
            {
                problems.Add($"{what}: {page.Response.StatusCode}");
            }

            // A feed is XML whose ids are addresses; its words in Spanish are checked by FeedTests.
            if (page.Response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            if (page.Document.DocumentElement.GetAttribute("lang") != "es")
            {
                problems.Add($"{what}: html lang is not es");
            }

            var english = EnglishWords.In(VisibleText(page.Document));
            if (english.Count > 0)
            {
                problems.Add($"{what}: {string.Join(", ", english)}");
            }
        }

        Assert.True(problems.Count == 0, "English on Spanish pages:\n" + string.Join("\n", problems));
        Assert.Equal(1, await app.WithDbAsync(db => db.Answers.CountAsync()));
    }

    // What a reader meets: the title, the text, and the words assistive technology reads out.
    private static string VisibleText(IDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style, template").ToList())
        {
            hidden.Remove();
        }

        var attributes = document.QuerySelectorAll("[aria-label], [placeholder], [title], [alt], input[type=submit], input[type=button]")
            .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("placeholder"), e.GetAttribute("title"), e.GetAttribute("alt"), e.GetAttribute("value") });
        return string.Join("\n", attributes.Prepend(document.Title).Append(document.Body?.TextContent));
    }
}
