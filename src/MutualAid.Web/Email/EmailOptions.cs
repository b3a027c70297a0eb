using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    [Required]
    public string From { get; set; } = "MutualAid <no-reply@mutualaid.localhost>";

    [Required]
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? User { get; set; }
    public string? Password { get; set; }
    public bool UseTls { get; set; } = true;
}
