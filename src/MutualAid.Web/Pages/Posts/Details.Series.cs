using Microsoft.AspNetCore.Mvc;
using MutualAid.Web.Security;
using MutualAid.Web.Series;

namespace MutualAid.Web.Pages.PostPages;

// The steps on a whole repeating post, taken from one of its dates' pages.
public partial class DetailsModel
{
    // "I can do this every time", on an answer to a date of a series.
    [BindProperty]
    public bool EveryTime { get; set; }

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostAcceptSeriesAsync(int id, int answerId, [FromServices] SeriesFlow series) =>
        AsNeighborAsync(id, me => series.AcceptForSeriesAsync(id, answerId, me));

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostStepBackSeriesAsync(int id, [FromServices] SeriesFlow series) =>
        AsNeighborAsync(id, me => series.StepBackAsync(id, me));

    [RateLimited(LimitedAction.OtherChanges)]
    public Task<IActionResult> OnPostWithdrawSeriesAsync(int id, [FromServices] SeriesFlow series) =>
        AsNeighborAsync(id, me => series.WithdrawSeriesAsync(id, me));
}
