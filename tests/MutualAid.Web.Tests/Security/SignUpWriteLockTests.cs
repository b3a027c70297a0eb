using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MutualAid.Web.Neighbors;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// The attack: a burst of sign-ups. Hashing a password is slow on purpose; if each sign-up held
// SQLite's only write lock while its password is hashed, the burst would queue every neighbor's
// post, answer and failed log-in behind it. Here one sign-up is held in the middle of hashing
// while a neighbor posts a need.
public class SignUpWriteLockTests
{
    private const string SlowPassword = "a password that takes a long time";

    [Fact]
    public async Task A_neighbor_can_post_while_a_sign_up_is_hashing_its_password()
    {
        var hasher = new WatchedPasswordHasher { HoldWhileHashing = SlowPassword };
        await using var app = new MutualAidApp(services: services => services.AddSingleton<IPasswordHasher<Neighbor>>(hasher));
        var ana = await app.SignedInAsync(Person.Ana);

        var signUp = Task.Run(() => app.CreateBrowserClient().SignUpAsync("new@example.org", SlowPassword), TestContext.Current.CancellationToken);
        await hasher.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var post = app.PostThroughFormAsync(ana, "Need", "Soup while someone signs up");
        // The hash is held until the post is done, however slow the machine: had the sign-up kept
        // the write lock, the post could only wait for the hash or fail when SQLite gave up on it.
        var postedDuringTheHash = await Task.WhenAny(post, Task.Delay(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken)) == post
            && post.IsCompletedSuccessfully;
        hasher.Release.TrySetResult();

        var signedUp = await signUp;
        Assert.True(postedDuringTheHash, "The post waited for the sign-up's password hash, or failed behind it.");
        await post;
        Assert.Equal("/Identity/Account/RegisterConfirmation", signedUp.Response.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
