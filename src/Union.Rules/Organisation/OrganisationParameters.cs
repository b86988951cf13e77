using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>The parameters the union-organisation rules read (工会组织参数); the values and their sources are in the data.</summary>
public static class OrganisationParameters
{
    /// <summary>Members from which a grassroots committee is required (工会法 第十一条: 二十五人以上, atLeast 25).</summary>
    public static readonly Parameter<decimal> CommitteeMinMembers = Parameter.Number("union.committee.minMembers");

    /// <summary>Employees from which the union may have a full-time chair (工会法 第十四条: 二百人以上, atLeast 200).</summary>
    public static readonly Parameter<decimal> FullTimeChairMinEmployees = Parameter.Number("union.fulltimeChair.minEmployees");

    /// <summary>The lengths a grassroots committee's term may have, in years (工会法 第十六条: 三年或者五年, <c>3,5</c>).</summary>
    public static readonly Parameter<IReadOnlyList<string>> TermYears = Parameter.List("union.term.years");

    /// <summary>Union funds as a share of the monthly payroll of all employees (工会法 第四十三条第一款第（二）项: 百分之二).</summary>
    public static readonly Parameter<Ratio> FundsRate = Parameter.Ratio("union.funds.rate");

    /// <summary>The share of the union funds the grassroots union keeps; the rest goes to higher levels (全总 and provincial rules; a layer sets the province's figure).</summary>
    public static readonly Parameter<Ratio> FundsRetainedShare = Parameter.Ratio("union.funds.retainedShare");

    /// <summary>
    /// Members' monthly dues as a share of the dues base (会费比例). Not shipped: the 中华全国总工会 rule that sets it is not held,
    /// so a caller supplies it in a layer; without it ORG-DUES is "not assessed".
    /// </summary>
    public static readonly Parameter<Ratio> DuesRate = Parameter.Ratio("union.dues.rate");

    /// <summary>
    /// The step, in yuan, to which a dues base is rounded down (尾数不足该数的部分不计), where a caller's layer sets one; none is
    /// shipped, and without one the base is used as it is.
    /// </summary>
    public static readonly Parameter<decimal> DuesBaseStep = Parameter.Number("union.dues.baseStep", regionalOnly: true);
}
