using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: someone who can read the host's logs (a co-volunteer, a leaked journal, a log
// service) looks there for what the site never shows: the words a neighbor searched, the map
// window that gives away where they look, their email address, their messages.
public class RequestLogTests
{
    [Fact]
    public async Task Each_request_is_one_line_with_its_page_status_and_duration_and_nothing_a_neighbor_typed()
    {
        var log = new LogRecorder();
        await using var app = new MutualAidApp(settings: ProductionLogLevels, services: s => s.AddSingleton<ILoggerProvider>(log));
        var rosa = app.CreateBrowserClient();

        await rosa.GetPageAsync("/?q=insulinpump&lat=45.508123&lng=-73.561987");
        await rosa.GetPageAsync("/Map?south=45.501234&west=-73.571234&north=45.511234&east=-73.551234");
        await rosa.SignUpAsync("hidden.person@example.org", TestData.Password, "Quiet Name");
        await rosa.GetPageAsync("/hidden.person@example.org");
        await rosa.LogInAsync("hidden.person@example.org", "a wrong password, typed in a hurry");
        await app.AddNeighborAsync(Person.Ana);
        await app.AddNeighborAsync(Person.Ben);
        var ana = await app.SignedInClientAsync("ana@example.org");
        var need = await app.PostThroughFormAsync(ana, "Need", "Insulin pen collected from the pharmacy");
        await (await app.SignedInClientAsync("ben@example.org")).AnswerAsync(need, "I pass the pharmacy at noon");
        await app.DeliverEmailAsync();
        Assert.Equal(1, await app.WithDbAsync(db => db.Answers.CountAsync(a => a.PostId == need)));

        var lines = log.Entries.Where(e => e.Category == "MutualAid.Web.Hosting.RequestLog").Select(e => e.Message).ToList();
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^GET /Index answered 200 in \d+\.\d ms$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^POST /Account/Register answered 30\d in \d+\.\d ms$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^GET /Status answered 404 in \d+\.\d ms$"));
        var everything = string.Join("\n", log.Entries.Select(e => e.Message));
        foreach (var secret in new[] { "insulinpump", "45.508", "73.561", "45.501", "73.571", "hidden.person", "Quiet Name", "wrong password",
            "ana@example.org", "ben@example.org", "Insulin pen", "pharmacy at noon" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    // The levels of appsettings.json, which a production host runs with.
    private static readonly Dictionary<string, string?> ProductionLogLevels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };
}
