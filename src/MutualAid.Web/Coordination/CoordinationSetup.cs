using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MutualAid.Web.Moderation;
using MutualAid.Web.Security;

namespace MutualAid.Web.Coordination;

public static class CoordinationSetup
{
    public static WebApplicationBuilder AddCoordination(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(CoordinatorOptions.Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new CurrentRoleRequirement(CoordinatorOptions.Role)))
            .AddPolicy(CoordinatorOptions.ReadPolicy, policy => policy.RequireAuthenticatedUser()
                .AddRequirements(new CurrentRoleRequirement(CoordinatorOptions.Role, StewardOptions.Role)));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, CurrentRoleHandler>());
        builder.Services.AddScoped<CoordinatorRoster>();
        builder.Services.AddScoped<Caseload>();
        builder.Services.AddScoped<CoordinationSteps>();
        builder.Services.AddSingleton<CoordinationEmails>();
        return builder;
    }
}
