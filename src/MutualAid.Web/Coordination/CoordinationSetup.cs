using Microsoft.AspNetCore.Authorization;

namespace MutualAid.Web.Coordination;

public static class CoordinationSetup
{
    public static WebApplicationBuilder AddCoordination(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(CoordinatorOptions.Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new CurrentCoordinatorRequirement()));
        builder.Services.AddScoped<IAuthorizationHandler, CurrentCoordinatorHandler>();
        builder.Services.AddScoped<CoordinatorRoster>();
        builder.Services.AddScoped<Caseload>();
        builder.Services.AddScoped<CoordinationSteps>();
        builder.Services.AddSingleton<CoordinationEmails>();
        return builder;
    }
}
