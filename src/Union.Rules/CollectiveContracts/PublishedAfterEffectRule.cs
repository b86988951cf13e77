using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-PUBLICATION: a contract in force is published to all employees (within the days a region sets) (公布).</summary>
/// <remarks>
/// 集体合同规定 第四十八条: a contract in force is published "及时" (promptly), with no number of days; 重庆市集体合同条例 第二十九条
/// "用人单位应当自集体合同生效之日起十日内，以书面形式向全体职工公布" (parameter <c>cc.publication.period</c>, absent nationally),
/// counted from the effective date, start day excluded. Without a fixed period, a contract in force with no recorded
/// publication is reported; the catalog grades this a Warning.
/// </remarks>
public sealed class PublishedAfterEffectRule() : Rule<CollectiveContract>("CC-PUBLICATION", Severity.Warning, new Citation(Instruments.CollectiveContractProvisions, 48))
{
    private static readonly MessageKey Late = new("CC-PUBLICATION.late", "published", "due");
    private static readonly MessageKey Missing = new("CC-PUBLICATION.missing");
    private static readonly MessageKey NotAll = new("CC-PUBLICATION.notAll");
    private static readonly MessageKey PublicationDue = new("CC-PUBLICATION.publicationDue", "period", "date");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ContractTimeline t = ContractTimeline.Compute(facts, context.Profile, context.AsOf);
        if (t.EffectiveFrom is not { } effective || effective > context.AsOf)
        {
            context.NotApplicable();
            return;
        }

        LegalPeriod? days = context.TryRead(CollectiveContractParameters.PublicationPeriod, out LegalPeriod p) ? p : null;

        context.Fact("effectiveFrom", effective);
        context.Fact("publication.date", facts.Publication?.Date);
        LocalDate? due = null;
        if (days is { } n && ContractRules.TryDeadline(context, "publicationDue", effective, n, "$.publication", out LocalDate d))
        {
            due = d;
            context.Inform(PublicationDue, "$.publication", ("date", d), ("period", n));
        }

        if (facts.Publication?.Date is not { } published)
        {
            if (due is null || context.AsOf > due)
            {
                context.Fail(Missing, "$.publication.date");
            }

            return;
        }

        if (due is { } last && !context.CompareDates("publication.date", published, Comparison.AtMost, "publicationDue", last))
        {
            context.Fail(Late, "$.publication.date", ("published", published), ("due", last));
        }

        if (facts.Publication.ToAllEmployees == false)
        {
            context.Fail(NotAll, "$.publication.toAllEmployees");
        }

        context.Pass();
    }
}
