using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace MutualAid.Web.Tests.Infrastructure;

// Two instances of the app over one PostgreSQL database, as two processes behind a proxy would
// be: each with its own services, memory, clock and background worker, sharing only the database
// (and the mail server the test gives them).
public sealed class TwoInstances : IAsyncDisposable
{
    public TwoInstances(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? servicesOfA = null, Action<IServiceCollection>? servicesOfB = null)
    {
        var shared = new Dictionary<string, string?>(settings ?? []) { ["ConnectionStrings:MutualAid"] = TestDatabase.SharedAcrossRestarts() };
        A = new MutualAidApp(settings: shared, services: servicesOfA);
        B = new MutualAidApp(settings: new(shared), services: servicesOfB);
        // Started one after the other; InstanceStartTests starts two at once.
        _ = A.Services;
        _ = B.Services;
    }

    public MutualAidApp A { get; }
    public MutualAidApp B { get; }

    public void Advance(TimeSpan time)
    {
        A.Clock.Advance(time);
        B.Clock.Advance(time);
    }

    // Both instances run their background jobs at the same moment, as two workers' ticks can.
    public Task RunJobsTogetherAsync() => Task.WhenAll(Task.Run(A.DeliverEmailAsync), Task.Run(B.DeliverEmailAsync));

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
