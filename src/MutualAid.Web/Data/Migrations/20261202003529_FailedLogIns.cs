using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FailedLogIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FailedLogIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocksUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FailedLogIns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FailedLogIns_Address_AttemptedAt",
                table: "FailedLogIns",
                columns: new[] { "Address", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FailedLogIns_AttemptedAt",
                table: "FailedLogIns",
                column: "AttemptedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FailedLogIns");
        }
    }
}
