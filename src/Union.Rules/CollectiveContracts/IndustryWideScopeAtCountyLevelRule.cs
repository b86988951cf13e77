using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-SCOPE: an industry-wide or regional contract covers a county-level area or below, in construction, mining, catering or a similar industry (适用范围).</summary>
/// <remarks>
/// 劳动合同法 第五十三条："在县级以下区域内，建筑业、采矿业、餐饮服务业等行业可以由工会与企业方面代表订立行业性集体合同，或者订立区域性集体合同。"
/// "县级以下" includes the county level (民法典 第一千二百五十九条). "等" admits similar industries, so another industry is a
/// warning to check, not a breach; the article is permissive ("可以"), hence the severity Warning.
/// </remarks>
public sealed class IndustryWideScopeAtCountyLevelRule() : Rule<CollectiveContract>("CC-SCOPE", Severity.Warning, new Citation(Instruments.LabourContractLaw, 53))
{
    private static readonly MessageKey Area = new("CC-SCOPE.area", "level");
    private static readonly MessageKey ScopeIndustry = new("CC-SCOPE.industry", "industry");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Kind is not (ContractKind.IndustryWide or ContractKind.Regional))
        {
            context.NotApplicable();
            return;
        }

        context.Fact("scope.areaLevel", facts.Scope?.AreaLevel?.ToString());
        context.Fact("scope.industry", facts.Scope?.Industry?.ToString());
        bool assessed = true;
        if (facts.Scope?.AreaLevel is not { } level)
        {
            context.MissingInput("$.scope.areaLevel");
            assessed = false;
        }
        else if (level is AreaLevel.Prefecture or AreaLevel.Province)
        {
            context.Fail(Area, "$.scope.areaLevel", ("level", level));
        }

        if (facts.Scope?.Industry is not { } industry)
        {
            context.MissingInput("$.scope.industry");
            assessed = false;
        }
        else if (industry == Industry.Other)
        {
            context.Fail(ScopeIndustry, "$.scope.industry", ("industry", facts.Scope.IndustryName ?? "?"));
        }

        if (assessed && context.Status != RuleStatus.Failed)
        {
            context.Pass();
        }
    }
}
