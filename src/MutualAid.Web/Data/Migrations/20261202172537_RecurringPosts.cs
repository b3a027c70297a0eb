using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecurringPosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OccursOn",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SeriesId",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OffersEveryTime",
                table: "Answers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PostSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ForOfflineNeighborId = table.Column<int>(type: "INTEGER", nullable: true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    RadiusKm = table.Column<double>(type: "REAL", nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsStanding = table.Column<bool>(type: "INTEGER", nullable: false),
                    AskedLanguages = table.Column<string>(type: "TEXT", nullable: false),
                    Every = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekOfMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TakenById = table.Column<string>(type: "TEXT", nullable: true),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostSeries_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_SeriesId_OccursOn",
                table: "Posts",
                columns: new[] { "SeriesId", "OccursOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostSeries_AuthorId",
                table: "PostSeries",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_PostSeries_TakenById",
                table: "PostSeries",
                column: "TakenById");

            migrationBuilder.CreateIndex(
                name: "IX_PostSeries_WithdrawnAt_EndsOn",
                table: "PostSeries",
                columns: new[] { "WithdrawnAt", "EndsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostSeries");

            migrationBuilder.DropIndex(
                name: "IX_Posts_SeriesId_OccursOn",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "OccursOn",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "OffersEveryTime",
                table: "Answers");
        }
    }
}
