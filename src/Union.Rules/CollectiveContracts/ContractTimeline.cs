using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// The statutory dates of a contract computed once from the document and the profile (时间线): what the date rules and
/// the state rely on. Silent: it records nothing; each rule records what it reads and reports.
/// </summary>
internal sealed class ContractTimeline
{
    private ContractTimeline()
    {
    }

    /// <summary>Gets the filing whose review governs the effect: the last re-filing, or the original.</summary>
    internal Filing? GoverningFiling { get; private set; }

    /// <summary>Gets the review of <see cref="GoverningFiling"/>.</summary>
    internal Review? GoverningReview { get; private set; }

    /// <summary>Gets the JSON path of <see cref="GoverningFiling"/>.</summary>
    internal string FilingPath { get; private set; } = "$.filing";

    /// <summary>Gets the day the review period starts from (excluded).</summary>
    internal LocalDate? ReviewTrigger { get; private set; }

    /// <summary>Gets the last day of the review period.</summary>
    internal LocalDate? ReviewEnds { get; private set; }

    /// <summary>Gets the year without holiday data that stopped the count, or 0.</summary>
    internal int MissingYear { get; private set; }

    /// <summary>Gets whether an objection served within the review period stands.</summary>
    internal bool Objected { get; private set; }

    /// <summary>Gets the statutory effective date.</summary>
    internal LocalDate? EffectiveFrom { get; private set; }

    /// <summary>Gets the first day of the term.</summary>
    internal LocalDate? TermStart { get; private set; }

    /// <summary>Gets the last day of the term.</summary>
    internal LocalDate? Expires { get; private set; }

    /// <summary>Computes the timeline.</summary>
    internal static ContractTimeline Compute(CollectiveContract c, JurisdictionProfile profile, LocalDate asOf)
    {
        var t = new ContractTimeline();
        t.GoverningFiling = c.Filing;
        t.GoverningReview = c.Review;
        for (int i = c.Resubmissions.Count - 1; i >= 0; i--)
        {
            if (c.Resubmissions[i].Filing is { } f)
            {
                t.GoverningFiling = f;
                t.GoverningReview = c.Resubmissions[i].Review;
                t.FilingPath = $"$.resubmissions[{i}].filing";
                break;
            }
        }

        t.ReviewTrigger = t.GoverningFiling?.Received;
        if (t.ReviewTrigger is { } start && CollectiveContractParameters.ReviewPeriod.TryRead(profile, asOf, out LegalPeriod period))
        {
            DeadlineResult result = LegalPeriods.DeadlineAfter(start, period, profile.Calendar, CalendarParameters.WeekendMoves(profile, asOf));
            if (result.IsSuccess && result.Deadline is { } deadline)
            {
                LocalDate end = deadline.End;
                t.ReviewEnds = end;
                t.Objected = t.GoverningReview is { Objection: true } r && (r.ObjectionDate is null || r.ObjectionDate <= end);
                if (!t.Objected)
                {
                    t.EffectiveFrom = end.PlusDays(1);
                }
            }
            else
            {
                t.MissingYear = result.MissingYear ?? 0;
            }
        }

        t.TermStart = c.Term?.Start ?? t.EffectiveFrom;
        if (c.Term?.End is { } e)
        {
            t.Expires = e;
        }
        else if (c.Term?.Years is { } y && t.TermStart is { } s)
        {
            t.Expires = LegalPeriods.TermEnd(s, Period.FromYears(y));
        }

        return t;
    }
}
