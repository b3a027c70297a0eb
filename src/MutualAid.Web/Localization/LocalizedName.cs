namespace MutualAid.Web.Localization;

// A category's or neighborhood's name in every language it has one, read in the language of the
// page or email being written (emails switch to their recipient's). A language without its own
// name reads the English one.
public sealed record LocalizedName(string English, IReadOnlyDictionary<string, string> Others)
{
    public static LocalizedName Unknown { get; } = new("", new Dictionary<string, string>());

    public string Shown => In(Languages.Current);

    public string In(string language) => Others.TryGetValue(language, out var name) ? name : English;

    public override string ToString() => Shown;
}

public sealed record Named(int Id, LocalizedName Name);

// Every category or neighborhood with its names, loaded once and looked up by id. Retired ones
// keep their names for the posts that have them, and are left out of what forms offer.
public sealed class NameList(IReadOnlyList<Named> inOrder, IReadOnlySet<int>? retired = null)
{
    private readonly Dictionary<int, LocalizedName> byId = inOrder.ToDictionary(n => n.Id, n => n.Name);

    public IReadOnlyList<Named> InOrder => inOrder;

    public IReadOnlyList<Named> Offered(int? alsoKept = null) =>
        [.. inOrder.Where(n => retired is null || !retired.Contains(n.Id) || n.Id == alsoKept)];

    public LocalizedName this[int id] => byId.TryGetValue(id, out var name) ? name : LocalizedName.Unknown;

    public IReadOnlyList<Named> ByShownName() =>
        [.. inOrder.OrderBy(n => n.Name.Shown, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true))];
}
