using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MutualAid.Web.Localization;

// Browsers send number and date fields in one format whatever the page's language ("1.5",
// "2026-11-27"), so form values are read invariantly; read in Spanish, "1.5" would become 15.
public sealed class InvariantFormValues : IValueProviderFactory
{
    public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new ValueProviderException("The form could not be read.", e);
        }

        context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
    }

    public static void ReplaceFormReader(IList<IValueProviderFactory> factories)
    {
        var index = factories.IndexOf(factories.OfType<FormValueProviderFactory>().Single());
        factories[index] = new InvariantFormValues();
    }
}
