using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HelpersIndexOnHome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_Helpers",
                table: "AspNetUsers",
                columns: new[] { "HomeLatitude", "HomeLongitude" },
                filter: "json_array_length(\"DigestCategoryIds\") > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_Helpers",
                table: "AspNetUsers");
        }
    }
}
