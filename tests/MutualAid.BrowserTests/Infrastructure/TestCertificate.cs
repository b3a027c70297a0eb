using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MutualAid.BrowserTests.Infrastructure;

// Outside Development the app marks every cookie Secure and refuses forms over plain HTTP, as it
// should. So the app under test serves HTTPS with this certificate, made for 127.0.0.1 once per
// run; the browser contexts are told to accept it, and the health check accepts only it.
public static class TestCertificate
{
    private static readonly Lazy<(string Path, string Password, string Thumbprint)> Made = new(Make);

    public static string Path => Made.Value.Path;

    public static string Password => Made.Value.Password;

    public static bool IsOurs(X509Certificate2? certificate) =>
        certificate is not null && string.Equals(certificate.Thumbprint, Made.Value.Thumbprint, StringComparison.OrdinalIgnoreCase);

    private static (string, string, string) Make()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var folder = Directory.CreateTempSubdirectory("mutualaid-cert-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = System.IO.Path.Combine(folder, "app.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password, certificate.Thumbprint);
    }
}
