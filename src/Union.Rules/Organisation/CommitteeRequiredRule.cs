using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>ORG-COMMITTEE: an employer with 25 or more members must have its own grassroots committee (应当建立基层工会委员会).</summary>
/// <remarks>
/// <para>工会法 第十一条第一款："用人单位有会员二十五人以上的，应当建立基层工会委员会；不足二十五人的，可以单独建立基层工会委员会，也可以由
/// 两个以上单位的会员联合建立基层工会委员会，也可以选举组织员一人，组织会员开展活动。" 以上 includes the number (民法典 第一千二百五十九条):
/// 25 members require a committee, 24 do not. The count is of members (会员), not employees. Parameter
/// <c>union.committee.minMembers</c> (25, atLeast).</para>
/// <para>Reading: the joint committee and the organiser are offered only to fewer than 25 members ("不足二十五人的，……也可以"), so with
/// 25 or more the employer's own committee is required, and a joint committee, an organiser or no organisation is a violation.
/// Below 25 every form, and none, is lawful (可以): the finding says which options the article gives.</para>
/// </remarks>
public sealed class CommitteeRequiredRule() : Rule<GrassrootsUnion>("ORG-COMMITTEE", Severity.Violation, new Citation(Instruments.TradeUnionLaw, 11, 1))
{
    private static readonly MessageKey Optional = new("ORG-COMMITTEE.optional", "members", "min", "form");
    private static readonly MessageKey Required = new("ORG-COMMITTEE.required", "members", "min", "form");

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryRead(OrganisationParameters.CommitteeMinMembers, out decimal min, out ParameterReading reading))
        {
            return;
        }

        Comparison comparison = reading.Comparison ?? Comparison.AtLeast;
        context.Fact("members", facts.Members);
        context.Fact("form", OrganisationMessages.FormName(facts.Form));
        bool required = context.Compare("members", facts.Members, comparison, OrganisationParameters.CommitteeMinMembers.Name, min);
        context.Set(OrganisationOutputs.CommitteeRequired, required);
        if (!required)
        {
            context.Inform(Optional, "$.members", ("members", facts.Members), ("min", min), ("form", OrganisationMessages.FormName(facts.Form)));
            return;
        }

        if (facts.Form != UnionForm.Committee)
        {
            context.Fail(Required, "$.form", ("members", facts.Members), ("min", min), ("form", OrganisationMessages.FormName(facts.Form)));
            return;
        }

        context.Pass();
    }
}
