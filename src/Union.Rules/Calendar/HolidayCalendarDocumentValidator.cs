using FluentValidation;
using FluentValidation.Results;
using Union.Domain.Validation;

namespace Union.Rules.Calendar;

/// <summary>Runs <see cref="HolidayDocumentChecks.CheckCalendar"/> as a FluentValidation validator for <c>UnionJson.Read</c>.</summary>
internal sealed class HolidayCalendarDocumentValidator : AbstractValidator<HolidayCalendarDocument>
{
    internal static readonly HolidayCalendarDocumentValidator Instance = new();

    private static ValidationFailure Failure(HolidayDocumentChecks.HolidayIssue issue) => new(issue.Path, issue.Message)
    {
        ErrorCode = issue.Key,
        FormattedMessagePlaceholderValues = issue.Arguments.ToDictionary(a => a.Key, a => (object)a.Value),
    };

    /// <summary>Creates the validator; <see cref="Instance"/> is the one shared, and a test can make another to check the rule it sets up.</summary>
    internal HolidayCalendarDocumentValidator()
    {
        RuleFor(d => d.Years).Custom((_, context) =>
        {
            foreach (HolidayDocumentChecks.HolidayIssue issue in HolidayDocumentChecks.CheckCalendar(context.InstanceToValidate))
            {
                context.AddFailure(Failure(issue));
            }

            // A document read from JSON holds years of the dates the reader accepts (InputLimits.MinDate to MaxDate).
            IReadOnlyList<HolidayYearDocument>? years = context.InstanceToValidate.Years;
            for (int i = 0; i < (years?.Count ?? 0); i++)
            {
                if (years![i] is { } y && (y.Year < InputLimits.MinDate.Year || y.Year > InputLimits.MaxDate.Year) && y.Year is >= HolidayDocumentChecks.MinYear and <= HolidayDocumentChecks.MaxYear)
                {
                    context.AddFailure(Failure(new HolidayDocumentChecks.HolidayIssue($"Years[{i}].Year", "holiday.yearRange", InputMessages.Arguments(("year", y.Year), ("min", InputLimits.MinDate.Year), ("max", InputLimits.MaxDate.Year)))));
                }
            }
        });
    }
}
