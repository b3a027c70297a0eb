using MimeKit;

namespace MutualAid.Web.Tests.Infrastructure;

// Reads the .eml files the app wrote to its pickup folder, as a neighbor would open them.
public sealed class Mailbox(string folder)
{
    public IReadOnlyList<MimeMessage> All()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path)).ToList();
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
}
