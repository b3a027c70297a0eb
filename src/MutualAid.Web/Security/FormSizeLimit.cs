using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace MutualAid.Web.Security;

// Every form here fits in a few kilobytes: the longest field is a post's 4,000 characters, at
// most 9 bytes each once encoded. A larger body is refused with 413 before it is read (the status
// page explains it), so nobody can make the app buffer megabytes; a body sent without a length
// is cut off at the same size while it is read. Under the limit, a field that is too long still
// reaches validation and gets its message beside the field.
public sealed class FormSizeLimit(RequestDelegate next)
{
    public const long MaxBodyBytes = 64 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        // The status page is shown by running the pipeline again for the same request.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        return next(context);
    }
}
