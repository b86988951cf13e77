using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-FILING: the employer files the text with the labour administration within the period (报送期限).</summary>
/// <remarks>
/// 集体合同规定 第四十二条："应当自双方首席代表签字之日起10日内，由用人单位一方将文本一式三份报送劳动保障行政部门审查"; 北京市集体合同条例
/// 第三十九条 the same ten days from signing. 上海市集体合同条例 第二十三条 runs the ten days "自收到书面告知之日起" — from the
/// employer's receipt of the employee chief's written notice of approval. The trigger is the profile parameter
/// <c>cc.filing.trigger</c> (<c>signing</c> or <c>approvalNotice</c>), the days <c>cc.filing.period</c>. Filing is on time when
/// the employer lodged or sent it (<c>filing.sent</c>) on or before the due day; start day excluded, holiday rule applied.
/// A re-signed text is filed again the same way (第四十六条), counted from its re-signing.
/// <para>
/// A changed text is filed too: 第四十二条 runs the period "签订或变更后" from the chiefs' signing, so each amendment is checked
/// against <c>cc.change.filingPeriod</c> from its own signing (浙江省集体合同条例 第三十四条 the same; 河南 and 重庆 change a contract
/// through their signing procedure, so their own period applies). The ending of a contract is filed only where a region says
/// so (<c>cc.termination.filingPeriod</c>: 北京市集体合同条例 第四十八条 十日, 浙江省集体合同条例 第三十三条 五个工作日, from the day
/// it ends); elsewhere the ending's filing is not required and not checked.
/// </para>
/// </remarks>
public sealed class ContractFiledWithinDeadlineRule() : Rule<CollectiveContract>("CC-FILING", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 42), new Citation(Instruments.CollectiveContractProvisions, 46))
{
    private static readonly MessageKey FilingDue = new("CC-FILING.filingDue", "period", "date");
    private static readonly MessageKey RefilingDue = new("CC-FILING.refilingDue", "period", "date");
    private static readonly MessageKey AmendmentFilingDue = new("CC-FILING.amendmentFilingDue", "period", "date");
    private static readonly MessageKey TerminationFilingDue = new("CC-FILING.terminationFilingDue", "period", "date");
    private static readonly MessageKey Late = new("CC-FILING.late", "sent", "period", "due");
    private static readonly MessageKey Missing = new("CC-FILING.missing", "due", "period");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        int amendments = facts.Amendments.Count;
        if (facts.Signing is null && facts.Filing is null && facts.Approval?.NoticeReceivedByEmployer is null && amendments == 0 && facts.Termination is null)
        {
            context.NotApplicable();
            return;
        }

        if (context.TryRead(CollectiveContractParameters.FilingTrigger, out string trigger) && context.TryRead(CollectiveContractParameters.FilingPeriod, out LegalPeriod period))
        {
            (LocalDate? start, string startPath) = trigger == "approvalNotice"
                ? (facts.Approval?.NoticeReceivedByEmployer, "$.approval.noticeReceivedByEmployer")
                : (facts.Signing?.Date, "$.signing.date");
            Check(context, start, startPath, facts.Filing, "$.filing", period, "filingDue", FilingDue);
            for (int i = 0; i < facts.Resubmissions.Count; i++)
            {
                Resubmission r = facts.Resubmissions[i];
                Check(context, r.Signing?.Date, $"$.resubmissions[{i}].signing.date", r.Filing, $"$.resubmissions[{i}].filing", period, "refilingDue", RefilingDue);
            }
        }

        if (amendments > 0 && context.TryRead(CollectiveContractParameters.ChangeFilingPeriod, out LegalPeriod changePeriod))
        {
            for (int i = 0; i < amendments; i++)
            {
                ContractChange a = facts.Amendments[i];
                string path = $"$.amendments[{i}]";
                Check(context, a.Signing?.Date, path + ".signing.date", a.Filing, path + ".filing", changePeriod, CollectiveContractOutputs.AmendmentFilingDue(i).Name, AmendmentFilingDue);
            }
        }

        if (facts.Termination is { } termination && context.TryRead(CollectiveContractParameters.TerminationFilingPeriod, out LegalPeriod terminationPeriod))
        {
            Check(context, termination.Date, "$.termination.date", termination.Filing, "$.termination.filing", terminationPeriod, CollectiveContractOutputs.TerminationFilingDue.Name, TerminationFilingDue);
        }
    }

    private static void Check(RuleContext context, LocalDate? start, string startPath, Filing? filing, string filingPath, LegalPeriod period, string name, MessageKey dueMessage)
    {
        context.Fact(startPath, start);
        context.Fact(filingPath + ".sent", filing?.Sent);
        if (start is not { } from)
        {
            context.MissingInput(startPath);
            return;
        }

        if (!ContractRules.TryDeadline(context, name, from, period, startPath, out LocalDate due))
        {
            return;
        }

        context.Inform(dueMessage, filingPath, ("date", due), ("period", period));
        if (filing?.Sent is { } sent)
        {
            if (!context.CompareDates("filing.sent", sent, Comparison.AtMost, name, due))
            {
                context.Fail(Late, filingPath + ".sent", ("sent", sent), ("due", due), ("period", period));
            }
        }
        else if (!context.CompareDates("asOf", context.AsOf, Comparison.AtMost, name, due))
        {
            context.Fail(Missing, filingPath + ".sent", ("due", due), ("period", period));
        }
    }
}
