using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>The outputs the union-organisation rules compute (工会组织审查输出): entitlements, dates and amounts.</summary>
public static class OrganisationOutputs
{
    /// <summary>Whether the members' number requires the employer's own grassroots committee (ORG-COMMITTEE).</summary>
    public static readonly Output<bool> CommitteeRequired = new("committeeRequired");

    /// <summary>Whether the union may have a full-time chair (ORG-FULLTIME-CHAIR).</summary>
    public static readonly Output<bool> FullTimeChairEntitled = new("fullTimeChairEntitled");

    /// <summary>The committee term's last day (ORG-TERM).</summary>
    public static readonly Output<LocalDate> TermEnds = new("termEnds");

    /// <summary>The whole funds calculation (ORG-FUNDS).</summary>
    public static readonly Output<UnionFundsCalculation> Funds = new("funds");

    /// <summary>The period's total payroll, exact (ORG-FUNDS).</summary>
    public static readonly Output<Money> Payroll = new("payroll");

    /// <summary>The union funds rounded to the fen (ORG-FUNDS).</summary>
    public static readonly Output<Money> FundsAmount = new("fundsAmount");

    /// <summary>The grassroots union's share rounded to the fen (ORG-FUNDS).</summary>
    public static readonly Output<Money> GrassrootsShare = new("fundsGrassrootsShare");

    /// <summary>The higher levels' share: the rounded funds less the rounded grassroots share (ORG-FUNDS).</summary>
    public static readonly Output<Money> HigherLevelShare = new("fundsHigherLevelShare");

    /// <summary>The whole dues calculation (ORG-DUES).</summary>
    public static readonly Output<DuesCalculation> Dues = new("dues");

    /// <summary>The month's dues of all members listed, each rounded to the fen (ORG-DUES).</summary>
    public static readonly Output<Money> DuesTotal = new("duesTotal");

    /// <summary>The day to which 工会法 第十九条 protects committee member <paramref name="index"/>'s labour contract (ORG-OFFICER-PROTECTION).</summary>
    /// <param name="index">The member's index in <c>$.committee</c>.</param>
    /// <returns>The output, named <c>committee[i].protectedUntil</c>.</returns>
    public static Output<LocalDate> ProtectedUntil(int index) => new($"committee[{index}].protectedUntil");

    /// <summary>Committee member <paramref name="index"/>'s labour contract end after the extension (ORG-OFFICER-PROTECTION).</summary>
    /// <param name="index">The member's index in <c>$.committee</c>.</param>
    /// <returns>The output, named <c>committee[i].contractExtendedTo</c>.</returns>
    public static Output<LocalDate> ContractExtendedTo(int index) => new($"committee[{index}].contractExtendedTo");

    /// <summary>Member <paramref name="index"/>'s dues rounded to the fen (ORG-DUES).</summary>
    /// <param name="index">The member's index in <c>$.dues.members</c>.</param>
    /// <returns>The output, named <c>dues.members[i].amount</c>.</returns>
    public static Output<Money> MemberDues(int index) => new($"dues.members[{index}].amount");
}
