using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-ASSISTANCE (帮扶建议): the assistance recommended by circumstance for a recognised household: living aid, schooling aid (and the
/// autumn school grant for a child entering higher education), medical aid for serious illness, employment help for
/// unemployed able-bodied members, holiday relief.
/// </summary>
/// <remarks>
/// <para>财政部《职工困难帮扶资金管理办法》 and 全总《中央财政职工困难帮扶资金项目管理实施细则》 (2022): funds for "生活救助、子女助学、
/// 大病救助、职业培训和职业介绍", "送温暖".</para>
/// <para>Interpretation: living aid and holiday relief for every recognised household; schooling aid when a child is in
/// school; the autumn school grant when a member enters higher education this year; medical aid for a member with a serious
/// illness or out-of-pocket medical costs; employment help when a member is imputed the minimum wage or was laid off in a
/// closure. Amounts are local and not computed.</para>
/// </remarks>
public sealed class AssistanceRecommendedRule() : Rule<HardshipFacts>("HD-ASSISTANCE", Severity.Info, HardshipCitations.AcftuFundRules, HardshipCitations.FundMeasures)
{
    // The message key of each kind ("HD-ASSISTANCE." + kind name), made once.
    private static readonly MessageKey[] Keys = [.. Enum.GetValues<AssistanceKind>().Select(k => new MessageKey("HD-ASSISTANCE." + k))];

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
        if (!facts.CategoryAssessed)
        {
            context.PrerequisiteMissing("HD-PER-CAPITA");
            return;
        }

        if (facts.Category == HardshipCategory.None)
        {
            context.NotApplicable();
            return;
        }

        HardshipApplication app = facts.Application;
        bool child = false, entering = false, ill = false, laidOff = false;
        for (int k = 0; k < app.Members.Count; k++)
        {
            HouseholdMember m = app.Members[k];
            child |= m.Relationship == Relationship.Child && m.Studying != StudyLevel.None;
            entering |= m.EnteringHigherEducation;
            ill |= m.SeriousIllness;
            laidOff |= m.LaidOffInClosure;
        }

        for (int k = 0; k < app.Expenditures.Count; k++)
        {
            RigidExpenditure e = app.Expenditures[k];
            ill |= e.Category == ExpenditureCategory.Medical && e.Amount.Yuan > 0m;
        }

        Add(facts, context, AssistanceKind.LivingAid);
        if (child)
        {
            Add(facts, context, AssistanceKind.SchoolingAid);
        }

        if (entering)
        {
            Add(facts, context, AssistanceKind.AutumnSchoolGrant);
        }

        if (ill)
        {
            Add(facts, context, AssistanceKind.MedicalAid);
        }

        if (facts.ImputedMembers > 0 || laidOff)
        {
            Add(facts, context, AssistanceKind.EmploymentHelp);
        }

        Add(facts, context, AssistanceKind.HolidayRelief);
    }

    private static void Add<TRec>(HardshipFacts facts, TRec context, AssistanceKind kind)
        where TRec : struct, IHardshipRecorder
    {
        facts.AssistanceList.Add(kind);
        context.Inform(Keys[(int)kind], "$");
    }
}
