using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Data.Postgres;

// Where the model must say a thing in PostgreSQL's words. A list of ids is a JSON text in SQLite
// and an array in PostgreSQL, so the filter of the helpers' index counts it differently.
public static class PostgresModel
{
    public static void Apply(ModelBuilder builder) =>
        builder.Entity<Neighbor>().HasIndex(n => new { n.HomeLatitude, n.HomeLongitude }, "IX_AspNetUsers_Helpers")
            .HasFilter("cardinality(\"DigestCategoryIds\") > 0");
}
