using Microsoft.EntityFrameworkCore.Migrations;
using MutualAid.Web.Posts;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class UrgentOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostUrgentOrder.CreateIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostUrgentOrder.DropIndex);
        }
    }
}
