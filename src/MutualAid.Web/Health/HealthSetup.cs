namespace MutualAid.Web.Health;

public static class HealthSetup
{
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobRuns>();
        builder.Services.AddScoped<OutboxHealth>();
        builder.Services.AddScoped<FulfilmentQuery>();
        return builder;
    }
}
