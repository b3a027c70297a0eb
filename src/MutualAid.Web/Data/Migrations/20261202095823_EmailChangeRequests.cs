using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmailChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NeighborId",
                table: "AccountEmailRequests",
                type: "TEXT",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NeighborId",
                table: "AccountEmailRequests");
        }
    }
}
