using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Email;

public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    [Required]
    public string From { get; set; } = "MutualAid <no-reply@mutualaid.localhost>";

    [Required]
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Smtp.PlainText && Smtp.HasCredentials)
        {
            yield return new ValidationResult(
                "Email:Smtp:AllowPlainText (or the older Email:Smtp:UseTls=false) would send the SMTP password in the clear. "
                + "Remove it and use a server that offers TLS, or, for a relay on this machine, remove Email:Smtp:User and Email:Smtp:Password.",
                [nameof(Smtp)]);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535.", [nameof(Smtp)]);
        }
    }
}

public sealed class SmtpOptions
{
    // The port where servers speak TLS from the first byte; every other port must offer STARTTLS.
    public const int ImplicitTlsPort = 465;

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? User { get; set; }
    public string? Password { get; set; }

    // Plain SMTP, without TLS, for a relay on this machine that asks for no password.
    public bool AllowPlainText { get; set; }

    // The older name of the same choice: false meant plain SMTP, and still does. True (the
    // default) no longer falls back to plain text when the server offers no TLS.
    public bool UseTls { get; set; } = true;

    public bool PlainText => AllowPlainText || !UseTls;

    public bool HasCredentials => !string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Password);
}
