using System.ComponentModel.DataAnnotations;

namespace MutualAid.Web.Areas.Identity.Pages.Account;

// The one field of the pages that send a link to an address: forgot password, resend confirmation.
public sealed class EmailAddressInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.org.")]
    [StringLength(254, ErrorMessage = "That email address is too long.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }
}
