namespace MutualAid.Web.Posts;

public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }

    public static readonly IReadOnlyList<string> SeedNames =
    [
        "Food & groceries", "Meals", "Rides & errands", "Childcare", "Check-ins & company",
        "Elder & disability care", "Housing & shelter", "Household goods", "Clothing",
        "Health & medical supplies", "Garden & land", "Skills & repairs", "Tutoring & language",
        "Pet care", "Moving help", "Other",
    ];
}
