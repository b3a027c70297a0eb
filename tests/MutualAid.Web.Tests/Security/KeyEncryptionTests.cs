using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.Web.Tests.Infrastructure;

namespace MutualAid.Web.Tests.Security;

// Attack: someone gets a copy of the database (a backup left on a shared drive, a stolen disk).
// With the data-protection keys readable in it, they could forge log-in cookies and every signed
// link. With a certificate set, the keys in the database are useless without it.
public class KeyEncryptionTests
{
    private const string CertificatePassword = "pfx-Passphrase-8831";

    [Fact]
    public async Task With_a_certificate_a_copy_of_the_database_holds_no_readable_key_and_a_restart_keeps_neighbors_logged_in()
    {
        var folder = Directory.CreateTempSubdirectory("mutualaid-keys-").FullName;
        var database = TestDatabase.SharedAcrossRestarts();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:MutualAid"] = database,
            ["DataProtection:CertificatePath"] = WriteCertificate(folder),
            ["DataProtection:CertificatePassword"] = CertificatePassword,
        };
        string cookie;
        await using (var before = new MutualAidApp(settings: settings))
        {
            await before.AddNeighborAsync(Person.Ana);
            cookie = await RestartTests.LogInCookieAsync(before);
            var keys = await before.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
            Assert.All(keys, xml => Assert.Contains("EncryptedData", xml, StringComparison.Ordinal));
        }

        await using (var after = new MutualAidApp(settings: settings))
        {
            Assert.Equal(HttpStatusCode.OK, (await RestartTests.GetProfileAsync(after, cookie)).StatusCode);
        }

        await using var thief = new MutualAidApp(settings: new() { ["ConnectionStrings:MutualAid"] = database });
        Assert.Equal(HttpStatusCode.Redirect, (await RestartTests.GetProfileAsync(thief, cookie)).StatusCode);
    }

    [Fact]
    public async Task In_production_a_host_without_a_certificate_is_warned_at_start_up_and_one_with_it_is_not()
    {
        var without = new LogRecorder();
        await using (var app = new MutualAidApp("Production", services: s => s.AddSingleton<ILoggerProvider>(without)))
        {
            _ = app.CreateClient();
        }

        var with = new LogRecorder();
        var folder = Directory.CreateTempSubdirectory("mutualaid-keys-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = WriteCertificate(folder),
            ["DataProtection:CertificatePassword"] = CertificatePassword,
        };
        await using (var app = new MutualAidApp("Production", settings, s => s.AddSingleton<ILoggerProvider>(with)))
        {
            _ = app.CreateClient();
        }

        Assert.Contains(without.AtLeast(LogLevel.Warning), m => m.Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
        Assert.DoesNotContain(with.AtLeast(LogLevel.Warning), m => m.Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing.pfx", CertificatePassword)]
    [InlineData("keys.pfx", "not the password")]
    public async Task A_certificate_that_cannot_be_opened_stops_the_app_at_start_up(string file, string password)
    {
        var folder = Directory.CreateTempSubdirectory("mutualaid-keys-").FullName;
        WriteCertificate(folder);
        await using var app = new MutualAidApp(settings: new()
        {
            ["DataProtection:CertificatePath"] = Path.Combine(folder, file),
            ["DataProtection:CertificatePassword"] = password,
        });

        var refused = Record.Exception(() => app.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("DataProtection:CertificatePath", refused.ToString(), StringComparison.Ordinal);
    }

    private static string WriteCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MutualAid keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        var path = Path.Combine(folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return path;
    }
}
