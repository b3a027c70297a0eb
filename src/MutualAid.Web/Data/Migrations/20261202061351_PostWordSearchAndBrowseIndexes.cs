using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PostWordSearchAndBrowseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CellRow_PublicLongitude",
                table: "Posts",
                columns: new[] { "Status", "CellRow", "PublicLongitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_Status_CreatedAt_ExpiresAt",
                table: "Posts",
                columns: new[] { "Status", "CreatedAt", "ExpiresAt" });

            // The words of open posts only: a hidden, withdrawn, closed or expired post's text is
            // not in the index at all. Triggers keep it in step with every write to Posts, whoever
            // makes it (EF, a bulk update, a cascade when an account is deleted).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE PostWords USING fts5(
                    Title, Details, content='', contentless_delete=1,
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("INSERT INTO PostWords(rowid, Title, Details) SELECT Id, Title, Details FROM Posts WHERE Status = 'Open';");
            migrationBuilder.Sql("""
                CREATE TRIGGER PostWords_AfterInsert AFTER INSERT ON Posts WHEN new.Status = 'Open'
                BEGIN
                    INSERT INTO PostWords(rowid, Title, Details) VALUES (new.Id, new.Title, new.Details);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PostWords_AfterUpdate AFTER UPDATE OF Title, Details, Status ON Posts
                BEGIN
                    DELETE FROM PostWords WHERE rowid = old.Id;
                    INSERT INTO PostWords(rowid, Title, Details) SELECT new.Id, new.Title, new.Details WHERE new.Status = 'Open';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER PostWords_AfterDelete AFTER DELETE ON Posts
                BEGIN
                    DELETE FROM PostWords WHERE rowid = old.Id;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER PostWords_AfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER PostWords_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER PostWords_AfterInsert;");
            migrationBuilder.Sql("DROP TABLE PostWords;");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CellRow_PublicLongitude",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_Status_CreatedAt_ExpiresAt",
                table: "Posts");
        }
    }
}
