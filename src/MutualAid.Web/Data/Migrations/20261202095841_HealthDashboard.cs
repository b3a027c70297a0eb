using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HealthDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FulfilledAt",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MayHaveBeenDelivered",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastRanAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastRunFailed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastSucceededAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Name);
                });

            // A fulfilled post has not changed since it was marked done; failed rows whose error
            // says they may have gone out are kept from "send again".
            migrationBuilder.Sql("UPDATE Posts SET FulfilledAt = UpdatedAt WHERE Status = 'Fulfilled';");
            migrationBuilder.Sql("UPDATE Outbox SET MayHaveBeenDelivered = 1 WHERE Status IN ('Failed', 'Sending') AND (LastError LIKE 'It may not have been delivered%' OR LastError LIKE 'Interrupted while sending%');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropColumn(
                name: "FulfilledAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "MayHaveBeenDelivered",
                table: "Outbox");
        }
    }
}
