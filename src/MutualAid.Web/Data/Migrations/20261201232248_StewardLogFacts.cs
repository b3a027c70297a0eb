using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StewardLogFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CategoryId",
                table: "StewardActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "StewardActions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "StewardActions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NeighborId",
                table: "StewardActions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NeighborhoodId",
                table: "StewardActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PostId",
                table: "StewardActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousName",
                table: "StewardActions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportId",
                table: "StewardActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reporters",
                table: "StewardActions",
                type: "INTEGER",
                nullable: true);

            // The old rows held sentences; they are read once here into the columns they name.
            migrationBuilder.Sql(StewardLogSentences.ToFacts);

            // SQLite drops a plain column in place; EF would rebuild the table and run it after the rest.
            migrationBuilder.Sql("ALTER TABLE \"StewardActions\" DROP COLUMN \"Target\";");

            migrationBuilder.RenameColumn(
                name: "Action",
                table: "StewardActions",
                newName: "Kind");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Target",
                table: "StewardActions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(StewardLogSentences.FromFacts);

            migrationBuilder.RenameColumn(
                name: "Kind",
                table: "StewardActions",
                newName: "Action");

            migrationBuilder.Sql("""
                ALTER TABLE "StewardActions" DROP COLUMN "CategoryId";
                ALTER TABLE "StewardActions" DROP COLUMN "Email";
                ALTER TABLE "StewardActions" DROP COLUMN "Name";
                ALTER TABLE "StewardActions" DROP COLUMN "NeighborId";
                ALTER TABLE "StewardActions" DROP COLUMN "NeighborhoodId";
                ALTER TABLE "StewardActions" DROP COLUMN "PostId";
                ALTER TABLE "StewardActions" DROP COLUMN "PreviousName";
                ALTER TABLE "StewardActions" DROP COLUMN "ReportId";
                ALTER TABLE "StewardActions" DROP COLUMN "Reporters";
                """);
        }
    }
}
