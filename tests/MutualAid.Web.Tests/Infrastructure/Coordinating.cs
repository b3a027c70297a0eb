using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Coordination;
using MutualAid.Web.Geo;
using MutualAid.Web.Neighborhoods;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Tests.Infrastructure;

// What a coordinator does on their pages, in the steps the pages take.
public static class Coordinating
{
    // A neighborhood between Ana's and Ben's homes, so posts placed there match theirs.
    public static Task<int> AddNeighborhoodAsync(this MutualAidApp app, string name = "Riverside") => app.WithDbAsync(async db =>
    {
        var hood = new Neighborhood { Name = name, CenterLatitude = 40.4170, CenterLongitude = -3.7030, RadiusKm = 1 };
        db.Neighborhoods.Add(hood);
        await db.SaveChangesAsync();
        return hood.Id;
    });

    public static async Task MakeCoordinatorAsync(this MutualAidApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(CoordinatorOptions.Role))
        {
            await roles.CreateAsync(new IdentityRole(CoordinatorOptions.Role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<Neighbor>>();
        Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, CoordinatorOptions.Role)).Succeeded);
    }

    public static async Task MakeStewardAndCoordinatorAsync(this MutualAidApp app, string email)
    {
        await app.MakeStewardAsync(email);
        await app.MakeCoordinatorAsync(email);
    }

    public static async Task<HttpClient> SignedInCoordinatorAsync(this MutualAidApp app, Person person)
    {
        await app.AddNeighborAsync(person);
        await app.MakeCoordinatorAsync(person.Email);
        return await app.SignedInClientAsync(person.Email);
    }

    // With a spot, the record keeps the map cell around it instead of the neighborhood.
    public static async Task<int> AddOfflineNeighborAsync(this MutualAidApp app, HttpClient coordinator, int neighborhoodId, string name = "Rosa",
        string reachBy = "Knock at the blue door, number 7", string shared = "Rosa lives on the ground floor; call me first",
        string? speaks = null, GeoPoint? spot = null)
    {
        var form = await coordinator.GetPageAsync("/Coordinate/Edit");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.ReachBy"] = reachBy,
            ["Input.SharedAtIntroduction"] = shared,
            ["Input.NeighborhoodId"] = neighborhoodId.ToString(CultureInfo.InvariantCulture),
        };
        if (speaks is not null)
        {
            fields["Input.SpokenLanguages"] = speaks;
        }

        if (spot is { } point)
        {
            fields["Input.Place"] = "Map";
            fields["Input.Latitude"] = point.Latitude.ToString(CultureInfo.InvariantCulture);
            fields["Input.Longitude"] = point.Longitude.ToString(CultureInfo.InvariantCulture);
        }

        await coordinator.SubmitAsync(form, "main form[method=post]", fields);
        return await app.WithDbAsync(db => db.OfflineNeighbors.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
    }

    // Posts through the short form with ?for=; the response, whether or not the post was taken.
    public static async Task<HttpResponseMessage> SubmitPostForAsync(this MutualAidApp app, HttpClient coordinator, string offlineId, string kind, string title)
    {
        var form = await coordinator.GetPageAsync($"/Posts/New?kind={kind}");
        return await coordinator.SubmitAsync(form, "form[method=post]:not(.inline-form)", new()
        {
            ["for"] = offlineId,
            ["Input.Kind"] = kind,
            ["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = title,
            ["Input.Location"] = "Home",
            ["Input.RadiusKm"] = "3",
            ["Input.Urgency"] = "Whenever",
        });
    }

    public static async Task<int> PostForAsync(this MutualAidApp app, HttpClient coordinator, int offlineId, string kind, string title, string? asksLanguage = null)
    {
        var form = await coordinator.GetPageAsync($"/Posts/New?kind={kind}&for={offlineId}");
        var fields = new Dictionary<string, string>
        {
            ["Input.CategoryId"] = (await app.CategoryIdAsync("Meals")).ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = title,
            ["Input.RadiusKm"] = "3",
            ["Input.Urgency"] = "Whenever",
        };
        if (asksLanguage is not null)
        {
            fields["Input.AskedLanguages"] = asksLanguage;
        }

        var response = await coordinator.SubmitAsync(form, "form[method=post]:not(.inline-form)", fields);
        var path = response.Headers.Location?.OriginalString ?? response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/Posts/", path, StringComparison.Ordinal);
        return int.Parse(path["/Posts/".Length..], CultureInfo.InvariantCulture);
    }
}
