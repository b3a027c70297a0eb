using Microsoft.AspNetCore.Identity;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Tests.Infrastructure;

// Identity's own hasher, counted, and able to hold one chosen password in the middle of hashing
// until the test lets it go: how a test sees how often and when the slow work happens.
public sealed class WatchedPasswordHasher : IPasswordHasher<Neighbor>
{
    private readonly PasswordHasher<Neighbor> inner = new();
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public string? HoldWhileHashing { get; set; }

    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string HashPassword(Neighbor user, string password)
    {
        Interlocked.Increment(ref calls);
        if (password == HoldWhileHashing)
        {
            Holding.TrySetResult();
            Release.Task.Wait(TimeSpan.FromSeconds(30));
        }

        return inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(Neighbor user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref calls);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
