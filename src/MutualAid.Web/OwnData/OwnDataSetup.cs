using MutualAid.Web.Neighbors;

namespace MutualAid.Web.OwnData;

public static class OwnDataSetup
{
    public static WebApplicationBuilder AddOwnData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NeighborDataReader>();
        builder.Services.AddScoped<AccountErasure>();
        builder.Services.AddScoped<FormerNeighbor>();
        return builder;
    }
}
