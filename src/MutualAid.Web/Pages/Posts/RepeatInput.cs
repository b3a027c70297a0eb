using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Series;

namespace MutualAid.Web.Pages.PostPages;

public enum RepeatChoice
{
    Never,
    Weekly,
    Monthly,
}

// "Repeats" on the new-post form: never, every week on a day, or every month on the nth or last day.
// Messages go beside the field they are about; what was typed comes back as it was.
public sealed class RepeatInput
{
    public RepeatChoice Repeats { get; set; }

    public DayOfWeek? Day { get; set; }

    // 1 to 4, or RepeatRule.LastWeek.
    public int? WeekOfMonth { get; set; }

    public DateOnly? Until { get; set; }

    public RepeatRule? ToRule(ModelStateDictionary modelState, DateOnly today, IStringLocalizer<PostInput> text)
    {
        if (Repeats == RepeatChoice.Never)
        {
            return null;
        }

        if (!Enum.IsDefined(Repeats))
        {
            modelState.AddModelError("Input.Repeat.Repeats", text["Choose how often it repeats."]);
            return null;
        }

        if (Day is not { } day || !Enum.IsDefined(day))
        {
            modelState.AddModelError("Input.Repeat.Day", text["Choose a day of the week."]);
        }

        if (Repeats == RepeatChoice.Monthly && WeekOfMonth is not (>= 1 and <= RepeatRule.LastWeek))
        {
            modelState.AddModelError("Input.Repeat.WeekOfMonth", text["Choose which week of the month."]);
        }

        if (Until is not { } until)
        {
            modelState.AddModelError("Input.Repeat.Until", text["Choose the last date it repeats."]);
        }
        else if (until < today || until > today.AddMonths(PostSeries.MonthsAhead))
        {
            modelState.AddModelError("Input.Repeat.Until", text["Choose an end date from today to six months from now."]);
        }

        if (modelState.GetFieldValidationState("Input.Repeat.Day") == ModelValidationState.Invalid
            || modelState.GetFieldValidationState("Input.Repeat.WeekOfMonth") == ModelValidationState.Invalid
            || modelState.GetFieldValidationState("Input.Repeat.Until") == ModelValidationState.Invalid)
        {
            return null;
        }

        var rule = new RepeatRule(Repeats == RepeatChoice.Weekly ? RepeatEvery.Week : RepeatEvery.Month, Day!.Value, WeekOfMonth ?? 1);
        if (!rule.DatesBetween(today, Until!.Value).Any())
        {
            modelState.AddModelError("Input.Repeat.Until", text["No such day falls between today and this date. Choose a later date."]);
            return null;
        }

        return rule;
    }
}
