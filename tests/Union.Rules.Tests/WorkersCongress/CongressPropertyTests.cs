using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.WorkersCongress;

public sealed class CongressPropertyTests
{
    private static readonly WorkersCongressRecord Example = WorkersCongressDomain.Default.Example;
    private static readonly LocalDate AsOf = new(2026, 6, 1);
    private static readonly JurisdictionProfile[] Profiles =
        [JurisdictionProfile.National, JurisdictionProfile.For(RegionCode.Shanghai), JurisdictionProfile.For(RegionCode.Parse("330000"))];

    private static bool Fails(WorkersCongressRecord r, JurisdictionProfile p, string code) =>
        WorkersCongressDomain.Default.Evaluate(r, AsOf, p, new ReviewOptions(Trace: false)).Report.For(code).Any(f => f.IsViolation);

    private static WorkersCongressRecord Vote(int size, int present, int inFavour, bool? adopted) => Example with
    {
        Sessions =
        [
            new CongressSession(new LocalDate(2026, 3, 10))
            {
                BodySize = size,
                Present = present,
                Resolutions = [new CongressResolution { Title = "议题", InFavour = inFavour, SecretBallot = true, Adopted = adopted }],
            },
        ],
    };

    [Fact]
    public void More_votes_in_favour_never_turn_a_pass_into_a_fail() =>
        Gen.Select(Gen.Int[1, 400], Gen.Int[0, 400], Gen.Int[0, 400], Gen.Int[0, 2], Gen.Int[0, 2]).Sample((size, presentSeed, favourSeed, p, a) =>
        {
            int present = presentSeed % (size + 1);
            int inFavour = favourSeed % (present + 1);
            if (inFavour == present)
            {
                return;
            }

            bool? adopted = a switch { 0 => null, 1 => true, _ => false };
            bool before = Fails(Vote(size, present, inFavour, adopted), Profiles[p], "WC-PASS");
            bool after = Fails(Vote(size, present, inFavour + 1, adopted), Profiles[p], "WC-PASS");
            Assert.False(!before && after, $"{inFavour} → {inFavour + 1} of {size} under {Profiles[p].Region}");
        });

    [Fact]
    public void The_threshold_is_half_of_all_delegates_and_only_its_comparison_differs() =>
        Gen.Select(Gen.Int[1, 400], Gen.Int[0, 400]).Sample((size, favourSeed) =>
        {
            int inFavour = favourSeed % (size + 1);
            WorkersCongressRecord r = Vote(size, size, inFavour, null);
            Assert.Equal(2 * inFavour <= size, Fails(r, Profiles[0], "WC-PASS"));
            Assert.Equal(2 * inFavour < size, Fails(r, Profiles[1], "WC-PASS"));
            Assert.Equal(2 * inFavour <= size, Fails(r, Profiles[2], "WC-PASS"));
        });

    [Fact]
    public void More_present_never_loses_a_quorum() =>
        Gen.Select(Gen.Int[1, 400], Gen.Int[0, 400], Gen.Int[0, 2]).Sample((size, presentSeed, p) =>
        {
            int present = presentSeed % size;
            Assert.False(!Fails(Vote(size, present, 0, false), Profiles[p], "WC-QUORUM") && Fails(Vote(size, present + 1, 0, false), Profiles[p], "WC-QUORUM"));
            Assert.Equal(3L * present < 2L * size, Fails(Vote(size, present, 0, false), Profiles[p], "WC-QUORUM"));
        });

    [Fact]
    public void More_delegates_never_fall_short_and_the_minimum_never_falls_as_the_headcount_rises() =>
        Gen.Select(Gen.Int[0, 20_000], Gen.Int[1, 300], Gen.Int[0, 2]).Sample((employees, delegates, p) =>
        {
            WorkersCongressRecord Build(int e, int d) => Example with
            {
                Employees = e,
                WomenEmployees = 0,
                Delegates = [new DelegateEntry(DelegateCategory.FrontLine) { Count = d, Women = 0 }],
            };

            Assert.False(!Fails(Build(employees, delegates), Profiles[p], "WC-DELEGATES") && Fails(Build(employees, delegates + 1), Profiles[p], "WC-DELEGATES"));
            int Minimum(int e) => WorkersCongressDomain.Default.Evaluate(Build(e, delegates), AsOf, Profiles[p], new ReviewOptions(Trace: false)).Report.TryGet(WorkersCongressOutputs.MinimumDelegates, out int m) ? m : -1;
            Assert.True(Minimum(employees) <= Minimum(employees + 1), $"{employees} under {Profiles[p].Region}");
        });

    [Fact]
    public void Extreme_records_are_reviewed_without_an_exception()
    {
        WorkersCongressRecord huge = Example with
        {
            Employees = 10_000_000,
            WomenEmployees = 10_000_000,
            DisabledEmployees = 10_000_000,
            Employer = new CongressEmployer { DisabledPlacement = true, LargeGroup = true },
            Delegates = [new DelegateEntry(DelegateCategory.SeniorManagement) { Count = 10_000_000, Women = 10_000_000, Disabled = 0 }],
            Sessions =
            [
                new CongressSession(new LocalDate(1900, 1, 1)) { Present = 0, Resolutions = [new CongressResolution { InFavour = 0 }] },
                new CongressSession(new LocalDate(2200, 12, 31)) { BodySize = 10_000_000, Present = 10_000_000, Resolutions = [new CongressResolution { InFavour = 10_000_000 }] },
            ],
        };
        foreach (LocalDate asOf in new[] { new LocalDate(1900, 1, 1), new LocalDate(2200, 12, 31), AsOf })
        {
            foreach (JurisdictionProfile p in Profiles)
            {
                Review<WorkersCongressRecord> r = WorkersCongressDomain.Default.Evaluate(huge, asOf, p);
                Assert.NotEmpty(r.Report.Trace);
                Assert.Equal(asOf.Year > 1900, r.Report.TryGet(WorkersCongressOutputs.MinimumDelegates, out int minimum) && minimum > 0);
            }
        }
    }
}
