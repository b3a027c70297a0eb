using MutualAid.Web.Localization;

namespace MutualAid.Web.Posts;

public class Category
{
    public int Id { get; set; }

    // The English name, which every language without its own name reads.
    public required string Name { get; set; }
    public int SortOrder { get; set; }

    // A retired category stays on the posts that have it, and is gone from every form.
    public DateTime? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;
    public List<NameInLanguage> Names { get; private set; } = [];

    // The name in the language of the page or email being written.
    public string ShownName => NameIn(Languages.Current);

    public string NameIn(string language) =>
        language == Languages.Default ? Name : NameInLanguage.In(Names, language) ?? Name;

    public static readonly IReadOnlyList<(string English, string Spanish)> Seeds =
    [
        ("Food & groceries", "Comida y compras"), ("Meals", "Comidas"), ("Rides & errands", "Viajes y recados"),
        ("Childcare", "Cuidado de niños"), ("Check-ins & company", "Visitas y compañía"),
        ("Elder & disability care", "Mayores y discapacidad"), ("Housing & shelter", "Vivienda y alojamiento"),
        ("Household goods", "Cosas de casa"), ("Clothing", "Ropa"), ("Health & medical supplies", "Salud y medicinas"),
        ("Garden & land", "Huerto y jardín"), ("Skills & repairs", "Oficios y arreglos"), ("Tutoring & language", "Clases e idiomas"),
        ("Pet care", "Cuidado de mascotas"), ("Moving help", "Ayuda con mudanzas"), ("Other", "Otros"),
    ];

    public static Category Seeded(int index)
    {
        var category = new Category { Name = Seeds[index].English, SortOrder = index };
        NameInLanguage.Set(category.Names, "es", Seeds[index].Spanish);
        return category;
    }

    public void Retire(DateTime now) => RetiredAt ??= now;

    public void BringBack() => RetiredAt = null;
}
