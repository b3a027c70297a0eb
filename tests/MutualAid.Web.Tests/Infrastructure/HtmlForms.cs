using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MutualAid.Web.Tests.Infrastructure;

public sealed record HtmlPage(HttpResponseMessage Response, IDocument Document, string Html)
{
    public string Text => Document.Body?.TextContent ?? "";
}

// Fills and submits forms the way a browser does: every field the form already holds (the
// antiforgery token among them) is sent, with the test's values on top.
public static class HtmlForms
{
    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
        return new HtmlPage(response, document, html);
    }

    // With a handler, the form is sent as its button with asp-page-handler of that name (or with a
    // formaction to a page of that name) would send it.
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, HtmlPage page, string formSelector, Dictionary<string, string> values, string? handler = null)
    {
        var form = PageForm(page.Document, formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Response.RequestMessage!.RequestUri}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } choice when !choice.IsChecked:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action");
        if (handler is not null)
        {
            action = (form.QuerySelector($"button[formaction*='handler={handler}']") ?? form.QuerySelector($"button[formaction$='/{handler}']"))?.GetAttribute("formaction")
                ?? throw new InvalidOperationException($"No button for handler {handler}");
        }

        var target = string.IsNullOrEmpty(action) ? page.Response.RequestMessage!.RequestUri! : new Uri(page.Response.RequestMessage!.RequestUri!, action);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(target, content);
    }

    public static async Task<HtmlPage> SubmitForPageAsync(this HttpClient client, HtmlPage page, string formSelector, Dictionary<string, string> values) =>
        await ParseAsync(await client.SubmitAsync(page, formSelector, values));

    // Posts to any address with the antiforgery token this client legitimately holds, to prove
    // that authorization, not the token, is what stops it. Fields come from another page's form.
    // A page with no token (a signed-out visitor's language switch) sends none.
    public static async Task<HttpResponseMessage> PostWithTokenOfAsync(this HttpClient client, HtmlPage ownPage, string url,
        HtmlPage? fieldsFrom = null, Dictionary<string, string>? values = null)
    {
        var token = ownPage.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var fields = new Dictionary<string, string>();
        if (fieldsFrom is not null && PageForm(fieldsFrom.Document, "form[method=post]:not(.inline-form)") is { } form)
        {
            foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null && i.Type is not ("radio" or "checkbox")))
            {
                fields[input.Name!] = input.Value;
            }
        }

        foreach (var (key, value) in values ?? [])
        {
            fields[key] = value;
        }

        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    // The language switcher in the header is a form on every page; a test means the page's own.
    private static IHtmlFormElement? PageForm(IDocument document, string selector) =>
        document.QuerySelectorAll<IHtmlFormElement>(selector).FirstOrDefault(f => !f.ClassList.Contains("language-choice"));
}
