using Microsoft.AspNetCore.Identity.UI.Services;

namespace MutualAid.Web.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MailDelivery>();
        builder.Services.AddTransient<IEmailSender, IdentityEmailSender>();
        return builder;
    }
}
