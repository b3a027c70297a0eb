namespace MutualAid.Web.Pages.Moderation;

// A text field of the roster forms (stewards, coordinators). Their fields keep the plain names
// they always had, so the field's problem is filed in ModelState under its element id: the error
// summary then links straight to it.
public sealed record TypedField(string Id, string Name, string Label, string Type, string? Value, int? MaxLength = null);
