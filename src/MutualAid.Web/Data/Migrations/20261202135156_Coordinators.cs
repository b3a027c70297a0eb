using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Coordinators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ForOfflineNeighborId",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OfflineNeighbors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ReachBy = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SharedAtIntroduction = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NeighborhoodId = table.Column<int>(type: "INTEGER", nullable: true),
                    CellRow = table.Column<int>(type: "INTEGER", nullable: true),
                    CellColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    CoordinatorId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandOverTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HandOverMadeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandedOverToId = table.Column<string>(type: "TEXT", nullable: true),
                    HandedOverAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfflineNeighbors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfflineNeighbors_AspNetUsers_CoordinatorId",
                        column: x => x.CoordinatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OfflineNeighbors_AspNetUsers_HandedOverToId",
                        column: x => x.HandedOverToId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ForOfflineNeighborId",
                table: "Posts",
                column: "ForOfflineNeighborId");

            migrationBuilder.CreateIndex(
                name: "IX_OfflineNeighbors_CoordinatorId",
                table: "OfflineNeighbors",
                column: "CoordinatorId");

            migrationBuilder.CreateIndex(
                name: "IX_OfflineNeighbors_HandedOverToId",
                table: "OfflineNeighbors",
                column: "HandedOverToId");

            migrationBuilder.CreateIndex(
                name: "IX_OfflineNeighbors_HandOverTokenHash",
                table: "OfflineNeighbors",
                column: "HandOverTokenHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfflineNeighbors");

            migrationBuilder.DropIndex(
                name: "IX_Posts_ForOfflineNeighborId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ForOfflineNeighborId",
                table: "Posts");
        }
    }
}
