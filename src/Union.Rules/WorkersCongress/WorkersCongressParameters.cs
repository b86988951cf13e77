using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>
/// The parameters the workers'-congress rules read (职工代表大会参数); the values, their comparisons and their sources are in
/// the data (national: organisation.json; 上海: regions/310000/workers-congress.json; 浙江: regions/330000/democratic-management.json).
/// </summary>
public static class WorkersCongressParameters
{
    /// <summary>Employees from which a workers' congress, not an all-employee meeting, is held (WC-FORM; 一百人以上).</summary>
    public static readonly Parameter<decimal> FormMinEmployees = Parameter.Number("wc.form.minEmployees");

    /// <summary>Delegates as a share of all employees, where no region sets delegate numbers by headcount (WC-DELEGATES; 5 %).</summary>
    public static readonly Parameter<Ratio> DelegatesMinRatio = Parameter.Ratio("wc.delegates.minRatio");

    /// <summary>The fewest delegates in any case (WC-DELEGATES; 30).</summary>
    public static readonly Parameter<decimal> DelegatesMin = Parameter.Number("wc.delegates.min");

    /// <summary>
    /// A region's fewest delegates by headcount, as <c>headcount:minimum</c> tiers (WC-DELEGATES; 上海 第二十一条, 浙江 第十条);
    /// where set, it replaces the national share.
    /// </summary>
    public static readonly Parameter<IReadOnlyList<string>> DelegatesByHeadcount = Parameter.List("wc.delegates.minByHeadcount", regionalOnly: true);

    /// <summary>Whether women's share of delegates may not be lower than their share of the employees (WC-DELEGATES; 浙江 第十一条第三款).</summary>
    public static readonly Parameter<bool> WomenProportional = Parameter.Flag("wc.delegates.womenProportional", regionalOnly: true);

    /// <summary>
    /// Whether, in an employer that employs disabled people as such, their share of delegates may not be lower than their share
    /// of the employees (WC-DELEGATES; 浙江 第十一条第四款).
    /// </summary>
    public static readonly Parameter<bool> DisabledProportional = Parameter.Flag("wc.delegates.disabledProportional", regionalOnly: true);

    /// <summary>The share of the constituency's employees who must take part in electing a delegate (WC-DELEGATES; 上海 第十五条第三款).</summary>
    public static readonly Parameter<Ratio> ElectionQuorumRatio = Parameter.Ratio("wc.election.quorumRatio", regionalOnly: true);

    /// <summary>The votes a delegate needs, as a share of ALL the constituency's employees (WC-DELEGATES; 上海 第十五条第三款).</summary>
    public static readonly Parameter<Ratio> ElectionPassRatio = Parameter.Ratio("wc.election.passRatio", regionalOnly: true);

    /// <summary>The largest share of middle and senior managers among the delegates (WC-MANAGERS; 20 %).</summary>
    public static readonly Parameter<Ratio> ManagersMaxRatio = Parameter.Ratio("wc.managers.maxRatio");

    /// <summary>Whether a large cross-region or cross-industry group may raise the managers' share (WC-MANAGERS; 上海 第十六条第一款).</summary>
    public static readonly Parameter<bool> ManagersGroupMayExceed = Parameter.Flag("wc.managers.groupMayExceed", regionalOnly: true);

    /// <summary>The delegates who must be present, as a share of all delegates (WC-QUORUM; 三分之二以上).</summary>
    public static readonly Parameter<Ratio> QuorumRatio = Parameter.Ratio("wc.quorum.ratio");

    /// <summary>The votes in favour a matter needs, as a share of ALL delegates, with its comparison (WC-PASS; 过半数 or 半数以上).</summary>
    public static readonly Parameter<Ratio> PassRatio = Parameter.Ratio("wc.pass.ratio");

    /// <summary>Whether every matter is put to a secret ballot, not only the important ones (WC-PASS; 上海 第三十一条, 浙江 第十五条第三款).</summary>
    public static readonly Parameter<bool> SecretBallot = Parameter.Flag("wc.vote.secretBallot", regionalOnly: true);

    /// <summary>The longest time from one session to the next (WC-FREQUENCY; 每年至少召开一次: 12 months).</summary>
    public static readonly Parameter<LegalPeriod> FrequencyMonths = Parameter.Period("wc.frequency.months");

    /// <summary>Gets every handle of the workers'-congress rules.</summary>
    public static IReadOnlyList<Parameter> All { get; } =
    [
        FormMinEmployees, DelegatesMinRatio, DelegatesMin, DelegatesByHeadcount, WomenProportional, DisabledProportional,
        ElectionQuorumRatio, ElectionPassRatio, ManagersMaxRatio, ManagersGroupMayExceed, QuorumRatio, PassRatio, SecretBallot, FrequencyMonths,
    ];

    /// <summary>
    /// Gets the <c>wc.</c> parameters that the data holds for reference and no rule reads: they belong to no code of the
    /// catalog's six (recall of a delegate, the congress's term, an extraordinary session, the presidium, the papers before a
    /// session, the report to the union above, and regional or industry congresses). See docs/workers-congress.md.
    /// </summary>
    public static IReadOnlyList<string> ReferenceOnly { get; } =
    [
        "wc.recall.passRatio", "wc.term.minYears", "wc.term.maxYears", "wc.term.maxExtension", "wc.convene.proposalRatio",
        "wc.presidium.frontlineMinRatio", "wc.materials.periodBefore", "wc.report.period", "wc.regionalCongress.delegatesMin",
        "wc.regionalCongress.employersMaxRatio", "wc.regionalCongress.frontlineMinRatio",
    ];
}
