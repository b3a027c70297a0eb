namespace MutualAid.Web.Localization;

// What the shared checkbox list (Pages/Shared/_SpokenLanguageChoice) needs: the form field's
// name ("Input.SpokenLanguages"), its legend and hint in the reader's language, and the codes
// ticked. Folded when nothing is ticked, so a long list never stands between a neighbor and
// the button; open when something is ticked or the field has a message.
public sealed record SpokenLanguageChoice(string FieldName, string Legend, string Hint, IReadOnlyCollection<string> Chosen);
