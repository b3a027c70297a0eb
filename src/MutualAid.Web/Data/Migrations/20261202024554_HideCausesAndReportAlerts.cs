using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HideCausesAndReportAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "HiddenReason",
                table: "Posts",
                newName: "HiddenNote");

            migrationBuilder.AddColumn<DateTime>(
                name: "StewardsToldAt",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenBecause",
                table: "Posts",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            // Hidden posts kept the site's English sentence, or the steward's words, as their
            // reason; from now on the cause is a fact and only a steward's words are kept.
            migrationBuilder.Sql("""
                UPDATE Posts SET HiddenBecause = 'Reports', HiddenNote = NULL
                    WHERE HiddenNote = 'Hidden after reports from several neighbors, until a steward looks at it.';
                UPDATE Posts SET HiddenBecause = 'BlockedAuthor', HiddenNote = NULL
                    WHERE HiddenNote = 'The author''s account is blocked.';
                UPDATE Posts SET HiddenBecause = 'Steward'
                    WHERE HiddenBecause IS NULL AND (HiddenNote IS NOT NULL OR Status = 'Hidden');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE Posts SET HiddenNote = 'Hidden after reports from several neighbors, until a steward looks at it.' WHERE HiddenBecause = 'Reports';
                UPDATE Posts SET HiddenNote = 'The author''s account is blocked.' WHERE HiddenBecause = 'BlockedAuthor';
                """);

            migrationBuilder.DropColumn(
                name: "StewardsToldAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "HiddenBecause",
                table: "Posts");

            migrationBuilder.RenameColumn(
                name: "HiddenNote",
                table: "Posts",
                newName: "HiddenReason");
        }
    }
}
