using System.Globalization;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.Organisation;

/// <summary>ORG-TERM: a grassroots committee's term is three or five years (每届任期三年或者五年); computes its last day.</summary>
/// <remarks>
/// <para>工会法 第十六条："基层工会委员会每届任期三年或者五年。各级地方总工会委员会和产业工会委员会每届任期五年。" Only the first sentence
/// concerns an employer's union. The article admits exactly two lengths, so 3 and 5 years pass and every other length (1, 2, 4,
/// 6 …) is a violation; there is no "一般" to soften it. Parameter <c>union.term.years</c> (<c>3,5</c>).</para>
/// <para>The term covers days and includes its first day: five years from 2024-03-15 end on 2029-03-14 (output
/// <c>termEnds</c>). A term whose last day has passed on the review date is reported (Info): the article sets the length, not a
/// sanction for a late election. The rule applies to a committee, own or joint; an organiser (组织员) or no organisation has no
/// committee term.</para>
/// </remarks>
public sealed class TermOfThreeOrFiveYearsRule() : Rule<GrassrootsUnion>("ORG-TERM", Severity.Violation, new Citation(Instruments.TradeUnionLaw, 16))
{
    private static readonly MessageKey Ends = new("ORG-TERM.ends", "start", "years", "ends");
    private static readonly MessageKey Expired = new("ORG-TERM.expired", "ends", "asOf");
    private static readonly MessageKey TermYears = new("ORG-TERM.years", "years", "allowed");

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Form is UnionForm.Organiser or UnionForm.None)
        {
            context.NotApplicable();
            return;
        }

        if (facts.Term is not { } term)
        {
            context.MissingInput("$.term");
            return;
        }

        if (!context.TryRead(OrganisationParameters.TermYears, out IReadOnlyList<string> allowedText))
        {
            return;
        }

        int[] allowed = [.. allowedText.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : -1).Where(y => y > 0)];
        if (allowed.Length == 0)
        {
            context.NotAssessed(EngineMessages.ParameterInvalid, "$.term", ("parameter", OrganisationParameters.TermYears.Name), ("value", string.Join(",", allowedText)), ("kind", "list"));
            return;
        }

        context.Fact("term.start", term.Start);
        context.Fact("term.years", term.Years);
        context.Set(OrganisationOutputs.TermEnds, term.LastDay);
        context.Inform(Ends, "$.term", ("start", term.Start), ("years", term.Years), ("ends", term.LastDay));
        if (context.AsOf > term.LastDay)
        {
            context.Inform(Expired, "$.term", ("ends", term.LastDay), ("asOf", context.AsOf));
        }

        string allowedList = string.Join(" / ", allowed.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        if (!allowed.Contains(term.Years))
        {
            context.Fail(TermYears, "$.term.years", ("years", term.Years), ("allowed", allowedList));
        }
    }
}
