namespace MutualAid.Web.Series;

public static class SeriesSetup
{
    public static WebApplicationBuilder AddSeries(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SeriesOccurrences>();
        builder.Services.AddScoped<SeriesJob>();
        builder.Services.AddScoped<SeriesFlow>();
        builder.Services.AddScoped<SeriesFacts>();
        builder.Services.AddSingleton<SeriesLabels>();
        builder.Services.AddSingleton<SeriesEmails>();
        return builder;
    }
}
