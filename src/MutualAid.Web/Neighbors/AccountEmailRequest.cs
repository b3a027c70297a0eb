using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MutualAid.Web.Neighbors;

public enum AccountEmailKind
{
    SignUp,
    Confirmation,
    PasswordReset,
    // A signed-in neighbor asked to move their account to the address: a link to it, or a notice
    // to the account that already has it.
    EmailChange,
}

// Someone at a keyboard asked for an email about the account at an address: by signing up, by
// asking for the confirmation link again, or for a new password. The page saves this and answers
// at once, without looking the address up; AccountEmailJob decides later whether anything is sent.
// So neither the answer nor the work behind it depends on who has an account.
public class AccountEmailRequest
{
    public const int ReturnUrlMaxLength = 1000;

    private AccountEmailRequest()
    {
    }

    public AccountEmailRequest(AccountEmailKind kind, string address, string language, string? returnUrl, DateTime now)
    {
        Kind = kind;
        Address = address;
        Language = language;
        ReturnUrl = returnUrl is { Length: <= ReturnUrlMaxLength } ? returnUrl : null;
        RequestedAt = now;
    }

    // Asked for on a page with a single address field, in the page's language. An address that
    // normalizing made too long for any account is kept as typed: it finds no account either way.
    public static AccountEmailRequest Typed(AccountEmailKind kind, string typedAddress, DateTime now)
    {
        var address = AccountAddress.Canonical(typedAddress);
        return new(kind, address.Length <= AccountAddress.MaxLength ? address : typedAddress.Trim(), Localization.Languages.Current, returnUrl: null, now);
    }

    // A signed-in neighbor's request to move their account to a new address, asked for in the
    // page's language. Looked up later, like every other request, so the page cannot tell whether
    // the address is free.
    public static AccountEmailRequest EmailChange(string neighborId, string canonicalAddress, DateTime now) =>
        new(AccountEmailKind.EmailChange, canonicalAddress, Localization.Languages.Current, returnUrl: null, now) { NeighborId = neighborId };

    public long Id { get; private set; }

    // Who asked, for an email change; the other requests come from someone not signed in.
    public string? NeighborId { get; private set; }
    public AccountEmailKind Kind { get; private set; }
    public string Address { get; private set; } = "";

    // The page's language: the person at the keyboard is the one who reads the email.
    public string Language { get; private set; } = "";
    public string? ReturnUrl { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public DateTime? HandledAt { get; private set; }

    // The account's address in Identity's normalized form, kept for a day to count against its cap.
    public string? SentTo { get; private set; }

    public void MarkSent(string normalizedAddress, DateTime now)
    {
        SentTo = normalizedAddress;
        HandledAt = now;
    }
}

public sealed class AccountEmailRequestConfiguration : IEntityTypeConfiguration<AccountEmailRequest>
{
    public void Configure(EntityTypeBuilder<AccountEmailRequest> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Address).HasMaxLength(256);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.ReturnUrl).HasMaxLength(AccountEmailRequest.ReturnUrlMaxLength);
        builder.Property(r => r.SentTo).HasMaxLength(256);
        builder.Property(r => r.NeighborId).HasMaxLength(128);
        // Two app instances handling the same request: the second one's save fails, and it sends nothing.
        builder.Property(r => r.HandledAt).IsConcurrencyToken();
        builder.HasIndex(r => r.HandledAt);
        builder.HasIndex(r => new { r.SentTo, r.HandledAt });
    }
}
