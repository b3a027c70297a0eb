namespace MutualAid.Web.Moderation;

public static class ModerationSetup
{
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StewardOptions>().BindConfiguration(StewardOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StewardOptions.Policy, policy => policy.RequireRole(StewardOptions.Role));
        builder.Services.AddScoped<Stewardship>();
        builder.Services.AddScoped<NeighborBlocks>();
        builder.Services.AddSingleton<StewardLog>();
        return builder;
    }
}
