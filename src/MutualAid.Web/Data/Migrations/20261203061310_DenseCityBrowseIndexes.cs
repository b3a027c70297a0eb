using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DenseCityBrowseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CellRow_PublicLongitude",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CreatedAt_ExpiresAt",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CategoryId_CellRow_PublicLongitude_PublicLatitude_ExpiresAt",
                table: "Posts",
                columns: new[] { "Status", "CategoryId", "CellRow", "PublicLongitude", "PublicLatitude", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CellRow_PublicLongitude_PublicLatitude_ExpiresAt",
                table: "Posts",
                columns: new[] { "Status", "CellRow", "PublicLongitude", "PublicLatitude", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CreatedAt_ExpiresAt_PublicLatitude_PublicLongitude",
                table: "Posts",
                columns: new[] { "Status", "CreatedAt", "ExpiresAt", "PublicLatitude", "PublicLongitude" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CategoryId_CellRow_PublicLongitude_PublicLatitude_ExpiresAt",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CellRow_PublicLongitude_PublicLatitude_ExpiresAt",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CreatedAt_ExpiresAt_PublicLatitude_PublicLongitude",
                table: "Posts");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CellRow_PublicLongitude",
                table: "Posts",
                columns: new[] { "Status", "CellRow", "PublicLongitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CreatedAt_ExpiresAt",
                table: "Posts",
                columns: new[] { "Status", "CreatedAt", "ExpiresAt" });
        }
    }
}
