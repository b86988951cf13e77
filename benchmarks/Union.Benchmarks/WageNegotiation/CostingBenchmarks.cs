using BenchmarkDotNet.Attributes;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Benchmarks.WageNegotiation;

/// <summary>Costing and checking a 3-year proposal covering 10,000 members (goal: ≤ 5 ms).</summary>
[MemoryDiagnoser]
public class CostingBenchmarks
{
    private readonly JurisdictionProfile _shanghai = JurisdictionProfile.For(RegionCode.Shanghai);
    private readonly LocalDate _asOf = new(2026, 2, 1);
    private WageProposal _byGrade = null!;
    private WageProposal _byMember = null!;
    private WageProposal _byMemberNoOvertime = null!;
    private CostingParameters _parameters = null!;

    /// <summary>Builds the proposals: 40 grades of 250 members, and 10,000 one-member grades (pay set per person).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _byGrade = Build(40, 250);
        _byMember = Build(10_000, 1);
        _byMemberNoOvertime = _byMember with { Overtime = null };
        _parameters = WageCosting.ParametersFor(_shanghai, _byGrade.Term.Start);
    }

    /// <summary>Costs 40 grades × 250 members over 3 years.</summary>
    [Benchmark(Baseline = true)]
    public Money Cost40Grades() => WageCosting.Cost(_byGrade, _parameters).Total.Total;

    /// <summary>Costs 10,000 one-member grades over 3 years.</summary>
    [Benchmark]
    public Money Cost10000Members() => WageCosting.Cost(_byMember, _parameters).Total.Total;

    /// <summary>Costs 10,000 one-member grades without planned overtime (no division by 21.75 × 8).</summary>
    [Benchmark]
    public Money Cost10000MembersNoOvertime() => WageCosting.Cost(_byMemberNoOvertime, _parameters).Total.Total;

    /// <summary>Costs 10,000 one-member grades, reading the parameters from the profile.</summary>
    [Benchmark]
    public Money Cost10000MembersFromProfile() => WageCosting.Cost(_byMember, _shanghai).Total.Total;

    /// <summary>Runs every WN rule (no trace) on 10,000 one-member grades.</summary>
    [Benchmark]
    public bool Check10000Members() => WageNegotiationDomain.Default.Evaluate(_byMember, _asOf, _shanghai, new Union.Rules.Engine.Reporting.ReviewOptions(Trace: false)).Report.HasViolations;

    private static WageProposal Build(int grades, int headcount)
    {
        WageProposal template = WageProposalExamples.Lawful;
        var list = new PayGrade[grades];
        for (int i = 0; i < grades; i++)
        {
            list[i] = new PayGrade(
                "G" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                headcount,
                Money.FromYuan(4000m + (i % 400 * 12.5m)),
                [new PayComponent(PayComponentKind.NightShiftAllowance, Money.FromYuan(300m)), new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(200m)), new PayComponent(PayComponentKind.StatutoryWelfare, Money.FromYuan(150m))],
                EmployeeContributions: Money.FromYuan(700m));
        }

        return template with { Grades = list };
    }
}
