using Microsoft.EntityFrameworkCore.Diagnostics;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Posts;

public static class PostsSetup
{
    public static WebApplicationBuilder AddPosts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ExpiryOptions>().BindConfiguration(ExpiryOptions.Section)
            .ValidateDataAnnotations().Validate(o => o.IsWholeDays, "Expiry:ReminderAhead must be a whole number of days.").ValidateOnStart();
        builder.Services.AddSingleton<Labels>();
        builder.Services.AddScoped<PostFeed>();
        builder.Services.AddScoped<PostBrowser>();
        builder.Services.AddScoped<PostLanguages>();
        builder.Services.AddScoped<ShownNames>();
        builder.Services.AddSingleton<NameListCache>();
        builder.Services.AddSingleton<IInterceptor, NameChangeWatcher>();
        builder.Services.AddSingleton<RenewTokens>();
        builder.Services.AddSingleton<ExpiryReminderEmail>();
        builder.Services.AddScoped<ExpiryJob>();
        return builder;
    }
}
