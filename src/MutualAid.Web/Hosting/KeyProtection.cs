using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace MutualAid.Web.Hosting;

public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    // A .pfx file (relative paths are under the app's folder) holding an RSA certificate and its
    // private key; the password comes from the environment or a secrets store.
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
}

// The certificate that encrypts data-protection keys where they are stored, opened once. Without
// one, keys are stored as they are: whoever gets a copy of the database can forge log-in cookies.
public sealed partial class KeyCertificate(IOptions<KeyProtectionOptions> options, IHostEnvironment environment) : IDisposable
{
    private readonly Lazy<X509Certificate2?> certificate = new(() => Open(options.Value, environment.ContentRootPath));

    public X509Certificate2? Certificate => certificate.Value;

    public void Dispose()
    {
        if (certificate.IsValueCreated)
        {
            certificate.Value?.Dispose();
        }
    }

    // Null when none is set; a plain reason when the one set cannot be used.
    private static X509Certificate2? Open(KeyProtectionOptions settings, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            return null;
        }

        var path = Path.GetFullPath(settings.CertificatePath, contentRoot);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: there is no file at {path}.");
        }

        X509Certificate2 opened;
        try
        {
            opened = X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath: {path} could not be opened with DataProtection:CertificatePassword ({e.Message}).", e);
        }

        using var key = opened.GetRSAPrivateKey();
        if (key is null)
        {
            opened.Dispose();
            throw new InvalidOperationException($"DataProtection:CertificatePath: {path} must hold an RSA certificate with its private key.");
        }

        return opened;
    }

    public sealed class Validation(IHostEnvironment environment) : IValidateOptions<KeyProtectionOptions>
    {
        public ValidateOptionsResult Validate(string? name, KeyProtectionOptions options)
        {
            try
            {
                Open(options, environment.ContentRootPath)?.Dispose();
                return ValidateOptionsResult.Success;
            }
            catch (InvalidOperationException e)
            {
                return ValidateOptionsResult.Fail(e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys are stored unencrypted in the database: anyone with a copy of it can forge log-in cookies and links. "
        + "Set DataProtection:CertificatePath and DataProtection:CertificatePassword (see docs/operations.md).")]
    private static partial void LogKeysUnencrypted(ILogger logger);

    public static void WarnIfUnencrypted(WebApplication app)
    {
        if (app.Environment.IsProduction() && app.Services.GetRequiredService<KeyCertificate>().Certificate is null)
        {
            LogKeysUnencrypted(app.Services.GetRequiredService<ILogger<KeyCertificate>>());
        }
    }
}

public static class KeyProtectionSetup
{
    public static WebApplicationBuilder AddKeyProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KeyProtectionOptions>, KeyCertificate.Validation>();
        builder.Services.AddSingleton<KeyCertificate>();

        // Set once the app is built, so a certificate named by a host or a test applies.
        builder.Services.AddOptions<KeyManagementOptions>().PostConfigure<KeyCertificate, ILoggerFactory>((keys, certificate, loggers) =>
        {
            if (certificate.Certificate is { } key)
            {
                keys.XmlEncryptor = new CertificateKeyEncryptor(key, loggers);
            }
        });
        return builder;
    }
}
