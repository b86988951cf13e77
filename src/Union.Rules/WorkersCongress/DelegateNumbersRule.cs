using Union.Domain.Common;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>
/// WC-DELEGATES (职工代表名额与构成): the congress has at least the delegates its headcount requires, and where a region says so, delegates lawfully
/// composed: women and disabled employees at least in their share of the workforce, each delegate elected with the turnout
/// and the votes the region requires.
/// </summary>
/// <remarks>
/// <para>National (企业民主管理规定, article not in the held excerpt; fact sheet: "不少于全体职工人数的5%", at least 30):
/// the fewest delegates are the larger of 30 and 5 % of the employees rounded up (610 employees: 31).</para>
/// <para>上海市职工代表大会条例 第二十一条: "职工人数在一百人至三千人的，职工代表名额以三十名为基数，职工人数每增加一百人，职工代表名额增加不得少于五名；
/// 职工人数在三千人以上的，职工代表名额不得少于一百七十五名；职工人数不足一百人，实行职工代表大会制度的，职工代表名额不得少于三十名". The base of 30
/// stands at 100 employees and each whole further hundred adds 5 (so 3,000 gives 30 + 29 × 5 = 175, as the second item says);
/// a part of a hundred adds nothing, because 每增加一百人 is an increase of a hundred (199 employees: 30; 200: 35).</para>
/// <para>浙江省企业民主管理条例 第十条: under 100, at least 30; over 100 and under 1,000, 40 and 7 for each further hundred; over
/// 1,000 and under 5,000, 100 and 20 for each further thousand; 5,000 and above, at least 200. Exactly 100 and exactly 1,000
/// fall in no band (不满 and 超过 both exclude them); each takes the lower of its two neighbours, which every reading requires
/// (100: 30; 1,000: 100).</para>
/// <para>The regional tiers (<c>wc.delegates.minByHeadcount</c>) replace the national share where a region sets them; the
/// floor <c>wc.delegates.min</c> applies everywhere. An all-employee meeting has no delegates, so the rule does not apply.</para>
/// </remarks>
public sealed class DelegateNumbersRule() : Rule<WorkersCongressRecord>("WC-DELEGATES", Severity.Violation, new Citation(Instruments.DemocraticManagementProvisions))
{
    private static readonly MessageKey BadTiers = new("WC-DELEGATES.badTiers", "parameter", "value", "employees");
    private static readonly MessageKey ElectionTurnout = new("WC-DELEGATES.electionTurnout", "name", "electorate", "voted", "needed");
    private static readonly MessageKey ElectionVotes = new("WC-DELEGATES.electionVotes", "name", "inFavour", "electorate", "needed");
    private static readonly MessageKey NoTier = new("WC-DELEGATES.noTier", "parameter", "value", "employees");
    private static readonly MessageKey Women = new("WC-DELEGATES.women", "women", "delegates", "womenEmployees", "employees", "needed");
    private static readonly MessageKey Disabled = new("WC-DELEGATES.disabled", "disabled", "delegates", "disabledEmployees", "employees", "needed");
    private static readonly MessageKey TooFew = new("WC-DELEGATES.tooFew", "delegates", "employees", "minimum");

    /// <inheritdoc />
    public override void Evaluate(WorkersCongressRecord facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Form == CongressForm.AllEmployeeMeeting)
        {
            context.NotApplicable();
            return;
        }

        long delegates = facts.DelegateCount();
        context.Fact("employees", facts.Employees);
        context.Fact("delegates", delegates);
        if (facts.Employees is not { } employees)
        {
            context.MissingInput("$.employees");
            return;
        }

        if (delegates == 0)
        {
            context.MissingInput("$.delegates");
            return;
        }

        if (CheckNumber(employees, delegates, context))
        {
            CheckShare(context, WorkersCongressParameters.WomenProportional, "women", Women, facts.WomenEmployees, "$.womenEmployees", facts, d => d.Women, employees, delegates);
            if (facts.Employer?.DisabledPlacement == true)
            {
                CheckShare(context, WorkersCongressParameters.DisabledProportional, "disabled", Disabled, facts.DisabledEmployees, "$.disabledEmployees", facts, d => d.Disabled, employees, delegates);
            }

            CheckElections(facts, context);
        }
    }

    private static bool CheckNumber(int employees, long delegates, RuleContext context)
    {
        decimal fewest;
        bool regional = context.IsInForce(WorkersCongressParameters.DelegatesByHeadcount);
        if (regional)
        {
            if (!context.TryRead(WorkersCongressParameters.DelegatesByHeadcount, out IReadOnlyList<string> tiers, out ParameterReading reading))
            {
                return false;
            }

            if (!DelegateTiers.TryMinimum(tiers, employees, out long byTier, out bool wellFormed))
            {
                context.NotAssessed(wellFormed ? NoTier : BadTiers, "$.employees", ("parameter", reading.Name), ("value", reading.Value.ToString()), ("employees", employees));
                return false;
            }

            fewest = byTier;
        }
        else
        {
            if (!context.TryRead(WorkersCongressParameters.DelegatesMinRatio, out Ratio share, out ParameterReading reading))
            {
                return false;
            }

            fewest = (reading.Comparison ?? Comparison.AtLeast).LimitCount(share, employees);
        }

        if (!context.TryRead(WorkersCongressParameters.DelegatesMin, out decimal floor))
        {
            return false;
        }

        decimal minimum = decimal.Ceiling(Math.Max(fewest, floor));
        int shown = minimum > int.MaxValue ? int.MaxValue : minimum < 0 ? 0 : (int)minimum;
        context.Set(WorkersCongressOutputs.MinimumDelegates, shown);
        if (!context.Compare("delegates", delegates, Comparison.AtLeast, WorkersCongressOutputs.MinimumDelegates.Name, minimum))
        {
            context.Fail(TooFew, "$.delegates", ("delegates", delegates), ("employees", employees), ("minimum", shown));
        }
        else
        {
            context.Pass();
        }

        return true;
    }

    /// <summary>
    /// 浙江省企业民主管理条例 第十一条第三款 and 第四款: "女职工代表的比例不得低于女职工在本单位职工中所占比例" (不得低于: at least the
    /// same share, so 16 of 40 delegates where 180 of 450 employees are women, 40 % each, is lawful and 15 is not).
    /// </summary>
    private static void CheckShare(RuleContext context, Parameter<bool> rule, string group, MessageKey below, int? inWorkforce, string workforcePath, WorkersCongressRecord facts, Func<DelegateEntry, int?> count, int employees, long delegates)
    {
        if (!context.TryRead(rule, out bool applies, out ParameterReading reading) || !applies)
        {
            return;
        }

        if (inWorkforce is not { } workforce)
        {
            context.MissingInput(workforcePath);
            return;
        }

        long among = 0;
        for (int i = 0; i < facts.Delegates.Count; i++)
        {
            if (count(facts.Delegates[i]) is not { } n)
            {
                context.MissingInput($"$.delegates[{i}].{group}");
                return;
            }

            among += n;
        }

        context.Fact(group + "Employees", workforce);
        context.Fact(group + "Delegates", among);
        if (employees == 0)
        {
            return;
        }

        Ratio workforceShare = Ratio.Of(workforce, employees);
        if (context.CompareFraction(group, among, "delegates", delegates, Comparison.AtLeast, group + "Employees/employees", workforceShare))
        {
            context.Pass();
            return;
        }

        long needed = workforceShare.MinimumCountOf(delegates);
        (string, object?)[] args = [(group, among), ("delegates", delegates), (group + "Employees", workforce), ("employees", employees), ("needed", needed)];
        Fail(context, reading, below, "$.delegates", args);
    }

    /// <summary>
    /// 上海市职工代表大会条例 第十五条第三款: "选举应当有选区全体职工三分之二以上参加，候选人获得选区全体职工半数以上赞成票方可当选" — both
    /// counted against ALL the constituency's employees, both 以上 (inclusive): 2/3 of 45 is 30, half of 45 is 22.5, so 23 votes.
    /// </summary>
    private static void CheckElections(WorkersCongressRecord facts, RuleContext context)
    {
        if (!facts.Delegates.Any(d => d.Election is not null))
        {
            return;
        }

        bool turnoutRule = context.TryRead(WorkersCongressParameters.ElectionQuorumRatio, out Ratio turnout, out ParameterReading turnoutReading);
        bool votesRule = context.TryRead(WorkersCongressParameters.ElectionPassRatio, out Ratio votes, out ParameterReading votesReading);
        if (!turnoutRule && !votesRule)
        {
            return;
        }

        for (int i = 0; i < facts.Delegates.Count; i++)
        {
            DelegateEntry d = facts.Delegates[i];
            if (d.Election is null)
            {
                continue;
            }

            DelegateElection e = d.Election;

            string at = $"$.delegates[{i}].election";
            string name = d.Name ?? "#" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (e.Electorate is null)
            {
                context.MissingInput(at + ".electorate");
                continue;
            }

            int electorate = e.Electorate.Value;

            if (turnoutRule)
            {
                if (e.Voted is not { } voted)
                {
                    context.MissingInput(at + ".voted");
                }
                else
                {
                    Comparison c = turnoutReading.Comparison ?? Comparison.AtLeast;
                    if (!context.CompareFraction("voted", voted, "electorate", electorate, c, turnoutReading.Name, turnout))
                    {
                        Fail(context, turnoutReading, ElectionTurnout, at + ".voted", [("name", name), ("voted", voted), ("electorate", electorate), ("needed", c.LimitCount(turnout, electorate))]);
                    }
                }
            }

            if (votesRule)
            {
                if (e.InFavour is not { } inFavour)
                {
                    context.MissingInput(at + ".inFavour");
                }
                else
                {
                    Comparison c = votesReading.Comparison ?? Comparison.AtLeast;
                    if (!context.CompareFraction("inFavour", inFavour, "electorate", electorate, c, votesReading.Name, votes))
                    {
                        Fail(context, votesReading, ElectionVotes, at + ".inFavour", [("name", name), ("inFavour", inFavour), ("electorate", electorate), ("needed", c.LimitCount(votes, electorate))]);
                    }
                }
            }
        }
    }

    /// <summary>Fails citing the article that holds the parameter decided by, when its source names one.</summary>
    private static void Fail(RuleContext context, ParameterReading reading, MessageKey key, string path, (string Name, object? Value)[] args)
    {
        if (Citation.TryParse(reading.Source, out Citation? citation))
        {
            context.Fail(citation, key, path, args);
        }
        else
        {
            context.Fail(key, path, args);
        }
    }
}
