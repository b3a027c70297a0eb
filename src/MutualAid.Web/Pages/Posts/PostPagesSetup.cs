namespace MutualAid.Web.Pages.PostPages;

public static class PostPagesSetup
{
    public static WebApplicationBuilder AddPostPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PostPageQuery>();
        builder.Services.AddScoped<PostRenewal>();
        builder.Services.AddScoped<BlocksFromPost>();
        return builder;
    }
}
