using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Several instances behind a proxy on one PostgreSQL database: a cookie or form token signed by one
// must open on every other, so all sign with the same key from their first request on.
public class SharedKeyRingTests
{
    [PostgresOnlyFact]
    public async Task Instances_that_start_together_on_a_database_without_keys_make_one_key_and_sign_with_it()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:MutualAid"] = TestDatabase.SharedAcrossRestarts() };
        await using (var earlier = new MutualAidApp(settings: settings))
        {
            await earlier.AddNeighborAsync(Person.Ana);
            await earlier.WithDbAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync(TestContext.Current.CancellationToken));
        }

        // An instance that finds no key waits a moment for the other to look too, as two instances
        // started by one command do; one that finds a key goes on at once.
        using var bothLooked = new Barrier(2);
        void LookTogether(IServiceCollection services) => services.PostConfigure<KeyManagementOptions>(options =>
            options.XmlRepository = new LookingTogether(options.XmlRepository!, bothLooked));
        await using var first = new MutualAidApp(settings: settings, services: LookTogether);
        await using var second = new MutualAidApp(settings: settings, services: LookTogether);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        Assert.Equal(1, await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(DefaultKey(first), DefaultKey(second));
        var cookie = await RestartTests.LogInCookieAsync(first);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await RestartTests.GetProfileAsync(second, cookie)).StatusCode);
    }

    private static Guid DefaultKey(MutualAidApp app) => app.Services.GetRequiredService<IKeyRingProvider>().GetCurrentKeyRing().DefaultKeyId;

    private sealed class LookingTogether(IXmlRepository keys, Barrier bothLooked) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            var found = keys.GetAllElements();
            if (found.Count == 0)
            {
                bothLooked.SignalAndWait(TimeSpan.FromSeconds(3));
            }

            return found;
        }

        public void StoreElement(XElement element, string friendlyName) => keys.StoreElement(element, friendlyName);
    }
}
