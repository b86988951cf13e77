using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>Properties of the labour-file rules over random files: the dispatch cap is monotone and exact, probation and layoff limits are monotone.</summary>
public sealed class LabourPropertyTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 1);
    private static readonly Ratio Tenth = Ratio.Of(1, 10);

    private static LabourFile Dispatch(int own, int dispatched) =>
        new(RegionCode.Beijing, Dispatch: new DispatchFacts(own, [new DispatchPost(DispatchPostKind.Auxiliary, dispatched)]));

    private static RuleReport Review(LabourFile file) =>
        LabourStandardsDomain.Default.Evaluate(file, AsOf, JurisdictionProfile.National, new ReviewOptions(Trace: false)).Report;

    private static bool Fails(LabourFile file, string code) => Review(file).For(code).Any(f => f.IsViolation);

    [Fact]
    public void More_dispatched_workers_never_turn_a_violation_into_compliance() =>
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 20_000], Gen.Int[1, 5_000]).Sample((own, dispatched, more) =>
            Assert.False(Fails(Dispatch(own, dispatched), "LS-DISPATCH-CAP") && !Fails(Dispatch(own, dispatched + more), "LS-DISPATCH-CAP")));

    [Fact]
    public void The_largest_lawful_number_is_lawful_and_one_more_is_not() =>
        Gen.Int[0, InputLimitsHeadcount].Sample(own =>
        {
            RuleReport report = Review(Dispatch(own, 0));
            Assert.True(report.TryGet(LabourStandardsOutputs.DispatchLargestLawful, out long largest));
            Assert.Equal((long)own / 9, largest);
            Assert.DoesNotContain(Review(Dispatch(own, (int)largest)).For("LS-DISPATCH-CAP"), f => f.IsViolation);
            Assert.Contains(Review(Dispatch(own, (int)largest + 1)).For("LS-DISPATCH-CAP"), f => f.IsViolation);
        });

    [Fact]
    public void The_largest_lawful_number_agrees_with_the_exact_share_for_any_cap() =>
        Gen.Select(Gen.Int[1, 99], Gen.Int[100, 100], Gen.Int[0, 1_000_000], Gen.Bool).Sample((p, q, own, strict) =>
        {
            Ratio ratio = Ratio.Of(p, q);
            Comparison comparison = strict ? Comparison.LessThan : Comparison.AtMost;
            long largest = DispatchCap.LargestLawful(ratio, comparison, own)!.Value;
            Assert.True(DispatchCap.IsLawful(ratio, comparison, own, largest));
            Assert.False(DispatchCap.IsLawful(ratio, comparison, own, largest + 1));
        });

    [Fact]
    public void Exactly_a_tenth_passes_for_every_workforce_divisible_by_ten() =>
        Gen.Int[1, 100_000].Sample(tenth =>
        {
            Assert.Equal(tenth, DispatchCap.LargestLawful(Tenth, Comparison.AtMost, 9L * tenth));
            Assert.Equal(tenth - 1, DispatchCap.LargestLawful(Tenth, Comparison.LessThan, 9L * tenth));
        });

    [Fact]
    public void A_longer_probation_never_turns_a_violation_into_compliance() =>
        Gen.Select(Gen.Int[0, 120], Gen.Int[1, 24], Gen.Int[1, 12], Gen.Int[0, 2]).Sample((term, probation, more, kind) =>
        {
            ContractTermKind k = (ContractTermKind)kind;
            LabourFile File(int months) => new(RegionCode.Beijing, Employees:
            [
                new EmploymentRecord(new LocalDate(2025, 1, 6), Term: k, TermMonths: k == ContractTermKind.FixedTerm ? term : null, ProbationMonths: months, ConsecutiveFixedTerms: k == ContractTermKind.FixedTerm ? 1 : null),
            ]);
            Assert.False(Fails(File(probation), "LS-PROBATION") && !Fails(File(probation + more), "LS-PROBATION"));
        });

    [Fact]
    public void A_later_explanation_never_cures_a_late_one() =>
        Gen.Select(Gen.Int[0, 60], Gen.Int[1, 30], Gen.Int[20, 500]).Sample((daysBefore, later, laidOff) =>
        {
            var effective = new LocalDate(2026, 4, 30);
            LabourFile File(int before) => new(RegionCode.Beijing, Layoffs:
            [
                new Layoff(1000, laidOff, effective, effective.PlusDays(-before), effective, true),
            ]);
            bool late = Fails(File(daysBefore), "LS-LAYOFF");
            Assert.Equal(daysBefore < 30, late);
            Assert.False(late && !Fails(File(daysBefore - later), "LS-LAYOFF"));
        });

    private const int InputLimitsHeadcount = 10_000_000;
}
