using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>The built-in union-organisation rules, for the rule catalog.</summary>
internal static class OrganisationCatalog
{
    /// <summary>The rules, in the order of 工会法: organisation (第十一条), relatives (第十条), full-time chair (第十四条), term (第十六条), protection (第十九条), funds and dues (第四十三条).</summary>
    internal static readonly IRule<GrassrootsUnion>[] OrganisationRules =
    [
        new CommitteeRequiredRule(),
        new NoCloseRelativeOnCommitteeRule(),
        new FullTimeChairEntitlementRule(),
        new TermOfThreeOrFiveYearsRule(),
        new OfficerContractExtendedRule(),
        new UnionFundsRule(),
        new MemberDuesRule(),
    ];

    internal static IEnumerable<IRule> Rules => OrganisationRules;
}
