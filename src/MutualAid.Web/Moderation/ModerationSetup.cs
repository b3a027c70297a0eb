using Microsoft.AspNetCore.Authorization;

namespace MutualAid.Web.Moderation;

public static class ModerationSetup
{
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StewardOptions>().BindConfiguration(StewardOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StewardOptions.Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new CurrentStewardRequirement()));
        builder.Services.AddScoped<IAuthorizationHandler, CurrentStewardHandler>();
        builder.Services.AddScoped<Stewardship>();
        builder.Services.AddScoped<CategoryChanges>();
        builder.Services.AddScoped<NeighborBlocks>();
        builder.Services.AddScoped<BlockedAccounts>();
        builder.Services.AddScoped<StewardRoster>();
        builder.Services.AddSingleton<StewardLog>();
        builder.Services.AddSingleton<ModerationEmails>();
        builder.Services.AddScoped<ReportAlerts>();
        return builder;
    }
}
