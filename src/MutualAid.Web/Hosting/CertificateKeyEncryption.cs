using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace MutualAid.Web.Hosting;

// Encrypts each new data-protection key to the host's certificate before it is stored, with the
// framework's own certificate encryptor; only the decryptor named beside the key is ours.
public sealed class CertificateKeyEncryptor(X509Certificate2 certificate, ILoggerFactory loggers) : IXmlEncryptor
{
    private readonly CertificateXmlEncryptor framework = new(certificate, loggers);

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(framework.Encrypt(plaintextElement).EncryptedElement, typeof(CertificateKeyDecryptor));
}

// The framework's decryptor finds certificates only in the machine's stores or among those given
// before the app is built; this one uses the certificate named in the app's settings. Data
// protection creates it from the type name stored with each key, so that name must not change.
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificate = services.GetRequiredService<KeyCertificate>().Certificate
            ?? throw new CryptographicException("This data-protection key is encrypted with a certificate, and DataProtection:CertificatePath is not set.");
        var document = new XmlDocument { XmlResolver = null };
        using (var reader = new XElement("root", encryptedElement).CreateReader())
        {
            document.Load(reader);
        }

        new WithCertificate(document, certificate).DecryptDocument();
        return XElement.Load(document.DocumentElement!.FirstChild!.CreateNavigator()!.ReadSubtree());
    }

    private sealed class WithCertificate(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            var recipients = encryptedKey.KeyInfo.OfType<KeyInfoX509Data>().SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? []);
            if (!recipients.Any(c => c.Thumbprint == certificate.Thumbprint))
            {
                throw new CryptographicException($"This data-protection key was encrypted to another certificate than the one in DataProtection:CertificatePath ({certificate.Thumbprint}).");
            }

            using var key = certificate.GetRSAPrivateKey()!;
            return DecryptKey(encryptedKey.CipherData.CipherValue!, key, encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
        }
    }
}
