using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>ORG-FULLTIME-CHAIR: with 200 or more employees the union may have a full-time chair (可以设专职工会主席); an entitlement, Info.</summary>
/// <remarks>
/// <para>工会法 第十四条："职工二百人以上的企业、事业单位、社会组织的工会，可以设专职工会主席。工会专职工作人员的人数由工会与企业、事业单位、
/// 社会组织协商确定。" 以上 includes the number: 200 employees give the entitlement, 199 do not. The count is of employees (职工),
/// not members. Parameter <c>union.fulltimeChair.minEmployees</c> (200, atLeast).</para>
/// <para>Reading: 可以 grants, it does not require; below 200 the article grants nothing and forbids nothing, so a full-time chair
/// there is a matter for the agreement the second sentence speaks of, never a violation. The article names 企业、事业单位、社会组织,
/// not 机关 (第五十七条 leaves 机关工会 to measures of their own): for a state organ the finding says so and grants nothing.</para>
/// </remarks>
public sealed class FullTimeChairEntitlementRule() : Rule<GrassrootsUnion>("ORG-FULLTIME-CHAIR", Severity.Info, new Citation(Instruments.TradeUnionLaw, 14))
{
    private static readonly MessageKey ByAgreement = new("ORG-FULLTIME-CHAIR.byAgreement", "employees", "min", "chair");
    private static readonly MessageKey Entitled = new("ORG-FULLTIME-CHAIR.entitled", "employees", "min", "chair");
    private static readonly MessageKey NotEntitled = new("ORG-FULLTIME-CHAIR.notEntitled", "employees", "min", "chair");
    private static readonly MessageKey FulltimeChairStateOrgan = new("ORG-FULLTIME-CHAIR.stateOrgan");

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        context.Fact("employerKind", facts.EmployerKind.ToString());
        if (facts.EmployerKind == EmployerKind.StateOrgan)
        {
            context.Inform(FulltimeChairStateOrgan, "$.employerKind");
            return;
        }

        if (!context.TryRead(OrganisationParameters.FullTimeChairMinEmployees, out decimal min, out ParameterReading reading))
        {
            return;
        }

        context.Fact("employees", facts.Employees);
        bool entitled = context.Compare("employees", facts.Employees, reading.Comparison ?? Comparison.AtLeast, OrganisationParameters.FullTimeChairMinEmployees.Name, min);
        context.Set(OrganisationOutputs.FullTimeChairEntitled, entitled);
        CommitteeMember? chair = facts.Chair;
        string chairState = chair is null ? "chair.none" : chair.FullTime ? "chair.fullTime" : "chair.partTime";
        context.Fact("chair", chairState);
        context.Inform(
            entitled ? Entitled : chair is { FullTime: true } ? ByAgreement : NotEntitled,
            "$.employees",
            ("employees", facts.Employees),
            ("min", min),
            ("chair", chairState));
    }
}
