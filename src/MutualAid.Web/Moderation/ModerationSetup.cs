using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MutualAid.Web.Security;

namespace MutualAid.Web.Moderation;

public static class ModerationSetup
{
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StewardOptions>().BindConfiguration(StewardOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StewardOptions.Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new CurrentRoleRequirement(StewardOptions.Role)));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, CurrentRoleHandler>());
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
