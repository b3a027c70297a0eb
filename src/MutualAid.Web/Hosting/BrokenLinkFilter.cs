using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MutualAid.Web.Hosting;

// Links from emails get cut short or glued to punctuation by mail apps, and Identity's pages
// throw FormatException on a mangled code. That is the visitor's broken link, not our error:
// answer 400 with a page that says so.
// Pages answer errors with a bare status so the site's status page explains them.
public sealed class BrokenLinkFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // A form sent to a page with no such action: there is nothing to do, so nothing is found.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status404NotFound);
            return;
        }

        var executed = await next();
        if (executed.Exception is FormatException)
        {
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
        else if (executed.Result is ObjectResult { StatusCode: >= 400 } failure)
        {
            // Identity answers a bad link with bare text; show the site's own page instead.
            executed.Result = new StatusCodeResult(failure.StatusCode.Value);
        }
    }
}
