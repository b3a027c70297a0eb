namespace MutualAid.Web.Email;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MailTransport>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddSingleton<UnsubscribeTokens>();
        builder.Services.AddSingleton<EmailLinks>();
        builder.Services.AddSingleton<EmailComposer>();
        builder.Services.AddScoped<Recipients>();
        return builder;
    }
}
