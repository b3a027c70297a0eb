using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NamesInLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "StewardActions",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CategoryNames",
                columns: table => new
                {
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryNames", x => new { x.CategoryId, x.Language });
                    table.ForeignKey(
                        name: "FK_CategoryNames_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NeighborhoodNames",
                columns: table => new
                {
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    NeighborhoodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeighborhoodNames", x => new { x.NeighborhoodId, x.Language });
                    table.ForeignKey(
                        name: "FK_NeighborhoodNames_Neighborhoods_NeighborhoodId",
                        column: x => x.NeighborhoodId,
                        principalTable: "Neighborhoods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryNames_Language_Name",
                table: "CategoryNames",
                columns: new[] { "Language", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NeighborhoodNames_Language_Name",
                table: "NeighborhoodNames",
                columns: new[] { "Language", "Name" },
                unique: true);

            // The seeded categories, and the neighborhoods the development demo creates, in Spanish,
            // where a steward has not renamed them and no other one is called that already.
            foreach (var (table, owner, ownerKey, english, spanish) in SpanishNames)
            {
                migrationBuilder.Sql($"""
                    INSERT INTO "{table}" ("{ownerKey}", "Language", "Name")
                    SELECT "Id", 'es', '{spanish}' FROM "{owner}" WHERE "Name" = '{english}'
                        AND NOT EXISTS (SELECT 1 FROM "{table}" WHERE "Language" = 'es' AND "Name" = '{spanish}');
                    """);
            }
        }

        private static readonly (string Table, string Owner, string OwnerKey, string English, string Spanish)[] SpanishNames =
        [
            .. new[]
            {
                ("Food & groceries", "Comida y compras"), ("Meals", "Comidas"), ("Rides & errands", "Viajes y recados"),
                ("Childcare", "Cuidado de niños"), ("Check-ins & company", "Visitas y compañía"),
                ("Elder & disability care", "Mayores y discapacidad"), ("Housing & shelter", "Vivienda y alojamiento"),
                ("Household goods", "Cosas de casa"), ("Clothing", "Ropa"), ("Health & medical supplies", "Salud y medicinas"),
                ("Garden & land", "Huerto y jardín"), ("Skills & repairs", "Oficios y arreglos"), ("Tutoring & language", "Clases e idiomas"),
                ("Pet care", "Cuidado de mascotas"), ("Moving help", "Ayuda con mudanzas"), ("Other", "Otros"),
            }.Select(n => ("CategoryNames", "Categories", "CategoryId", n.Item1, n.Item2)),
            .. new[]
            {
                ("Riverside", "La Ribera"), ("Old Market", "Mercado Viejo"), ("Hillcrest", "La Colina"), ("Station Quarter", "Barrio de la Estación"),
            }.Select(n => ("NeighborhoodNames", "Neighborhoods", "NeighborhoodId", n.Item1, n.Item2)),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategoryNames");

            migrationBuilder.DropTable(
                name: "NeighborhoodNames");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "StewardActions");
        }
    }
}
