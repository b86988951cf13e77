using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-MEMBER (会员条件): the applicant is a union member; a migrant worker lives long-term in the city and has at least the minimum
/// years of (de facto) employment.
/// </summary>
/// <remarks>
/// <para>青岛: 农民工 "在城市长期居住、是工会会员、符合三类困难条件之一、建立事实劳动关系1年以上".</para>
/// <para>Interpretation: the years of employment are whole years from the first day of employment to the application date
/// (NodaTime <c>Period.Between</c>, years unit), compared with <c>hd.migrant.minEmploymentYears</c> and its comparison (以上: ≥).
/// A missing employment start is not guessed: the rule reports it and the category is not assessed.</para>
/// </remarks>
public sealed class ApplicantIsEligibleMemberRule() : Rule<HardshipFacts>("HD-MEMBER", Severity.Violation, HardshipCitations.Qingdao)
{
    private static readonly MessageKey NotInCity = new("HD-MEMBER.notInCity");
    private static readonly MessageKey NotMember = new("HD-MEMBER.notMember");
    private static readonly MessageKey TooShort = new("HD-MEMBER.tooShort", "years", "minimum");

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        Run(facts, new ContextRecorder(context));
    }

    /// <summary>The rule, recording through <paramref name="context"/> (a <see cref="RuleContext"/> or the compact log).</summary>
    internal static void Run<TRec>(HardshipFacts facts, TRec context)
        where TRec : struct, IHardshipRecorder
    {
        Applicant a = facts.Application.Applicant;
        context.Fact("applicant.unionMember", a.UnionMember ? "true" : "false");
        context.Fact("applicant.migrantWorker", a.MigrantWorker ? "true" : "false");
        bool ok = true;
        bool assessed = true;
        if (!a.UnionMember)
        {
            context.Fail(NotMember, "$.applicant.unionMember");
            ok = false;
        }

        if (a.MigrantWorker)
        {
            context.Fact("applicant.livesInCity", a.LivesInCity is { } lives ? (lives ? "true" : "false") : null);
            if (a.LivesInCity is null)
            {
                context.MissingInput("$.applicant.livesInCity");
                assessed = false;
            }
            else if (a.LivesInCity == false)
            {
                context.Fail(NotInCity, "$.applicant.livesInCity");
                ok = false;
            }

            context.Fact("applicant.employmentStart", a.EmploymentStart);
            if (a.EmploymentStart is not { } start)
            {
                context.MissingInput("$.applicant.employmentStart");
                assessed = false;
            }
            else if (context.TryNumber(HardshipParameterIds.MigrantMinEmploymentYears, out decimal min, out ParameterReading r))
            {
                int years = HardshipMath.Age(start, facts.Application.ApplicationDate);
                if (!context.Compare("employmentYears", years, r.Comparison ?? Comparison.AtLeast, "minEmploymentYears", min))
                {
                    context.Fail(TooShort, "$.applicant.employmentStart", ("years", years), ("minimum", min));
                    ok = false;
                }
            }
            else
            {
                assessed = false;
            }
        }

        facts.EligibleMember = !ok ? false : assessed ? true : null;
        if (ok && assessed)
        {
            context.Pass();
        }
    }
}
