using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MutualAid.Web.Localization;

public sealed class TimeZoneOptions : IValidatableObject
{
    public const string Section = "App";

    // An IANA name such as America/Montreal or Europe/Madrid.
    public string TimeZone { get; set; } = "UTC";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"App:TimeZone \"{TimeZone}\" is not a time zone this machine knows; use an IANA name such as Europe/Madrid.",
                [nameof(TimeZone)]);
        }
    }
}

// The neighborhood's own clock. Instants are stored in UTC; what people read or choose by the
// calendar (a date shown, "today" for a needed-by date, the digest's hour) is in App:TimeZone.
public sealed class SiteTimeZone(IOptions<TimeZoneOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(ToLocal(utcNow));

    // The instant, in UTC, of the given hour of the local day that utcNow falls in.
    public DateTime TodayAt(DateTime utcNow, int hour) => At(Today(utcNow), hour);

    // The instant, in UTC, of the given hour of a local day. An hour that a clock change skips is
    // taken an hour later.
    public DateTime At(DateOnly day, int hour)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddHours(hour);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
