using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// A stolen database must cost an attacker Identity's full PBKDF2 rounds a guess. The other tests
// hash with fewer rounds to run faster (MutualAidApp); the app as production runs it does not.
public class PasswordHashCostTests
{
    [Fact]
    public async Task In_production_a_password_is_stored_with_Identitys_default_rounds()
    {
        await using var app = new MutualAidApp("Production");
        await app.AddNeighborAsync(Person.Ana);

        var hash = Convert.FromBase64String(await app.WithDbAsync(db => db.Users.Select(u => u.PasswordHash!).SingleAsync()));

        // Identity's version 3 format: a marker byte, the pseudo-random function, then the rounds.
        Assert.Equal(0x01, hash[0]);
        var rounds = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(5, 4));
        Assert.Equal(new PasswordHasherOptions().IterationCount, rounds);
        Assert.True(rounds >= 100_000, $"{rounds} rounds");
    }
}
