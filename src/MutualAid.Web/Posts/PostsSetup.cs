using MutualAid.Web.Geo;

namespace MutualAid.Web.Posts;

public static class PostsSetup
{
    public static WebApplicationBuilder AddPosts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PostBrowser>();
        return builder;
    }
}
