using CsCheck;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.CollectiveContracts;

public sealed class ContractPropertyTests
{
    private static readonly CollectiveContract Example = CollectiveContractDocument.Read(CollectiveContractDocument.Example).Value!;
    private static readonly LocalDate AsOf = new(2026, 12, 1);
    private static readonly JurisdictionProfile[] Profiles = [JurisdictionProfile.National, JurisdictionProfile.For(RegionCode.Beijing), JurisdictionProfile.For(RegionCode.Shanghai)];

    private static bool Fails(CollectiveContract c, JurisdictionProfile p, string code) =>
        CollectiveContractDomain.Default.Evaluate(c, AsOf, p, new ReviewOptions(Trace: false)).Report.For(code).Any(f => f.IsViolation);

    [Fact]
    public void Adding_a_vote_in_favour_never_turns_a_pass_into_a_fail() =>
        Gen.Select(Gen.Int[1, 200], Gen.Int[0, 200], Gen.Int[0, 200], Gen.Int[0, 2]).Sample((size, presentSeed, favourSeed, p) =>
        {
            int present = presentSeed % (size + 1);
            int inFavour = favourSeed % (present + 1);
            if (inFavour == present)
            {
                return;
            }

            CollectiveContract before = Example with { Approval = Example.Approval! with { BodySize = size, Present = present, InFavour = inFavour } };
            CollectiveContract after = before with { Approval = before.Approval! with { InFavour = inFavour + 1 } };
            Assert.False(!Fails(before, Profiles[p], "CC-APPROVAL-MAJORITY") && Fails(after, Profiles[p], "CC-APPROVAL-MAJORITY"));
        });

    [Fact]
    public void Moving_a_filing_earlier_never_makes_it_late() =>
        Gen.Select(Gen.Int[0, 700], Gen.Int[0, 40], Gen.Int[1, 40], Gen.Int[0, 2]).Sample((signedOffset, sentAfter, earlier, p) =>
        {
            LocalDate signed = new LocalDate(2025, 1, 1).PlusDays(signedOffset);
            LocalDate sent = signed.PlusDays(sentAfter);
            LocalDate sentEarlier = sent.PlusDays(-Math.Min(earlier, sentAfter));
            CollectiveContract Build(LocalDate s) => Example with
            {
                Approval = Example.Approval! with { Date = signed, NoticeReceivedByEmployer = signed },
                Signing = Example.Signing! with { Date = signed },
                Filing = new Filing { Sent = s, Received = s },
                Resubmissions = [],
            };

            Assert.False(!Fails(Build(sent), Profiles[p], "CC-FILING") ? Fails(Build(sentEarlier), Profiles[p], "CC-FILING") : false);
        });

    [Fact]
    public void Exactly_one_state_and_no_exception_for_any_as_of_date() =>
        Gen.Int[0, 1500].Sample(offset =>
        {
            LocalDate asOf = new LocalDate(2025, 6, 1).PlusDays(offset);
            foreach (JurisdictionProfile p in Profiles)
            {
                Review<CollectiveContract> r = CollectiveContractDomain.Default.Evaluate(Example, asOf, p, new ReviewOptions(Trace: false));
                Assert.Single(r.Report.For("CC-STATUS"));
            }
        });
}
