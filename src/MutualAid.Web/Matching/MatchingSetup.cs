namespace MutualAid.Web.Matching;

public static class MatchingSetup
{
    public static IHostApplicationBuilder AddMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PostSaveTurns>();
        builder.Services.AddScoped<ReachablePosts>();
        builder.Services.AddScoped<MatchFinder>();
        builder.Services.AddScoped<HelperFinder>();
        builder.Services.AddScoped<MatchList>();
        return builder;
    }
}
