using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HelpInterests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "HelpDistanceKm",
                table: "AspNetUsers",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            // Categories chosen for the digest become what the neighbor could help with; their
            // reach was their home radius, brought to the nearest choice at or above it.
            migrationBuilder.Sql(
                "UPDATE AspNetUsers SET HelpDistanceKm = CASE WHEN RadiusKm <= 0.5 THEN 0.5 WHEN RadiusKm <= 1 THEN 1 " +
                "WHEN RadiusKm <= 2 THEN 2 ELSE 5 END WHERE DigestCategoryIds <> '[]'");

            migrationBuilder.CreateTable(
                name: "HelpMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    HelperId = table.Column<string>(type: "TEXT", nullable: false),
                    DistanceKm = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpMatches_AspNetUsers_HelperId",
                        column: x => x.HelperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpMatches_Posts_NeedId",
                        column: x => x.NeedId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelpMatches_HelperId_NotifiedAt",
                table: "HelpMatches",
                columns: new[] { "HelperId", "NotifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpMatches_NeedId_HelperId",
                table: "HelpMatches",
                columns: new[] { "NeedId", "HelperId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpMatches_NotifiedAt",
                table: "HelpMatches",
                column: "NotifiedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpMatches");

            migrationBuilder.DropColumn(
                name: "HelpDistanceKm",
                table: "AspNetUsers");
        }
    }
}
