namespace MutualAid.Web.Notifications;

public static class NotificationsSetup
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NotificationEmails>();
        builder.Services.AddScoped<PendingMatches>();
        builder.Services.AddScoped<PendingHelp>();
        builder.Services.AddScoped<MatchNotifier>();
        builder.Services.AddScoped<DigestWriter>();
        builder.Services.AddScoped<QueuedMailRecall>();
        return builder;
    }
}
