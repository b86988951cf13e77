using FluentValidation;
using FluentValidation.Results;

namespace Union.Rules.Calendar;

/// <summary>Runs <see cref="HolidayDocumentChecks.CheckCalendar"/> as a FluentValidation validator for <c>UnionJson.Read</c>.</summary>
internal sealed class HolidayCalendarDocumentValidator : AbstractValidator<HolidayCalendarDocument>
{
    internal static readonly HolidayCalendarDocumentValidator Instance = new();

    private HolidayCalendarDocumentValidator()
    {
        RuleFor(d => d.Years).Custom((_, context) =>
        {
            foreach ((string path, string message) in HolidayDocumentChecks.CheckCalendar(context.InstanceToValidate))
            {
                context.AddFailure(new ValidationFailure(path, message));
            }
        });
    }
}
