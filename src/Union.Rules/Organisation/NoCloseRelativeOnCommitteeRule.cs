using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>ORG-RELATIVES: no close relative of the enterprise's principal leaders may be on its grassroots committee (近亲属不得作为委员会成员的人选).</summary>
/// <remarks>
/// <para>工会法 第十条第二款："各级工会委员会由会员大会或者会员代表大会民主选举产生。企业主要负责人的近亲属不得作为本企业基层工会委员会成员
/// 的人选。" The rule is in 第十条 (the catalog's article); 第十一条 is about when a committee is set up.</para>
/// <para>Readings: 工会法 does not define 近亲属; the Civil Code's definition is used (民法典 第一千零四十五条第二款: 配偶、父母、子女、
/// 兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女), so another relative or an in-law is reported (Info) but is not a violation. The text
/// bars candidacy (人选); a person who sits on the committee was a candidate, so sitting on it is reported as the breach. The
/// sentence speaks of 企业: for a public institution, a social organisation or a state organ the rule does not apply. A member
/// whose relationship is not stated is "not assessed", never passed.</para>
/// </remarks>
public sealed class NoCloseRelativeOnCommitteeRule() : Rule<GrassrootsUnion>("ORG-RELATIVES", Severity.Violation, new Citation(Instruments.TradeUnionLaw, 10, 2))
{
    private static readonly MessageKey CloseRelative = new("ORG-RELATIVES.closeRelative", "role", "name", "relation");
    private static readonly MessageKey NotClose = new("ORG-RELATIVES.notClose", "name", "relation");

    /// <summary>Gets whether a relationship makes the person a close relative (近亲属, 民法典 第一千零四十五条第二款).</summary>
    /// <param name="relation">The relationship.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsCloseRelative(PrincipalRelation relation) => relation is PrincipalRelation.Spouse or PrincipalRelation.Parent
        or PrincipalRelation.Child or PrincipalRelation.Sibling or PrincipalRelation.Grandparent or PrincipalRelation.Grandchild;

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        context.Fact("employerKind", facts.EmployerKind.ToString());
        if (facts.EmployerKind != EmployerKind.Enterprise || facts.Committee is not { Count: > 0 } committee)
        {
            context.NotApplicable();
            return;
        }

        bool clean = true;
        for (int i = 0; i < committee.Count; i++)
        {
            CommitteeMember m = committee[i];
            context.Fact($"committee[{i}].relationToPrincipal", m.RelationToPrincipal is { } r ? OrganisationMessages.RelationName(r) : null);
            switch (m.RelationToPrincipal)
            {
                case null:
                    context.MissingInput($"$.committee[{i}].relationToPrincipal");
                    clean = false;
                    break;
                case { } relation when IsCloseRelative(relation):
                    context.Fail(CloseRelative, $"$.committee[{i}]", ("name", m.Name), ("role", OrganisationMessages.RoleName(m.Role)), ("relation", OrganisationMessages.RelationName(relation)));
                    clean = false;
                    break;
                case PrincipalRelation.OtherRelative:
                    context.Inform(NotClose, $"$.committee[{i}]", ("name", m.Name), ("relation", OrganisationMessages.RelationName(PrincipalRelation.OtherRelative)));
                    break;
            }
        }

        if (clean)
        {
            context.Pass();
        }
    }
}
