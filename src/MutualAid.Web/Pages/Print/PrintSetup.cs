namespace MutualAid.Web.Pages.Print;

public static class PrintSetup
{
    public static WebApplicationBuilder AddPrintedLists(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrintOptions>().BindConfiguration(PrintOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PrintedList>();
        return builder;
    }
}
