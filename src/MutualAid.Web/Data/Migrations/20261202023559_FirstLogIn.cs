using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FirstLogIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FirstLoggedInAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            // Accounts made before this are not newcomers: only accounts made from now on are
            // taken through the first log-in's steps.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"FirstLoggedInAt\" = \"CreatedAt\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FirstLoggedInAt",
                table: "AspNetUsers");
        }
    }
}
