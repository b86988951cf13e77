using NodaTime;
using Union.Domain.Common;
using Union.Domain.CollectiveContracts;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>Helpers shared by the collective-contract rules (规则辅助).</summary>
internal static class ContractRules
{
    /// <summary>Counts a deadline and records it; reports <c>engine.calendarMissing</c> when a year has no holiday data.</summary>
    internal static bool TryDeadline(RuleContext ctx, string name, LocalDate eventDate, LegalPeriod period, string path, out LocalDate due)
    {
        if (!ctx.TryDeadline(name, eventDate, period, path, out LegalDeadline deadline))
        {
            due = default;
            return false;
        }

        due = deadline.End;
        return true;
    }

    /// <summary>
    /// The share test of 集体合同规定 第三十六条 shared by CC-APPROVAL-QUORUM (those present) and CC-APPROVAL-MAJORITY (those in
    /// favour): the count over the whole body against the ratio parameter, with the count needed when it falls short.
    /// </summary>
    internal static void CheckApprovalShare(RuleContext ctx, Approval? approval, string countName, int? count, Parameter<Ratio> parameter, MessageKey failKey)
    {
        if (approval is null)
        {
            ctx.NotApplicable();
            return;
        }

        ctx.Fact("approval.bodySize", approval.BodySize);
        ctx.Fact("approval." + countName, count);
        if (approval.BodySize is not { } size || size == 0)
        {
            ctx.MissingInput("$.approval.bodySize");
            return;
        }

        if (count is not { } n)
        {
            ctx.MissingInput("$.approval." + countName);
            return;
        }

        switch (ctx.CheckShare(parameter, countName, n, "bodySize", size, out long needed))
        {
            case true:
                ctx.Pass();
                break;
            case false:
                ctx.Fail(failKey, "$.approval." + countName, (countName, n), ("size", size), ("needed", needed));
                break;
        }
    }
}
