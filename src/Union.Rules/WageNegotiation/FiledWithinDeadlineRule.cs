using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-FILING (报送审查期限): the enterprise sends the agreement to the labour administration within 7 days of signing.</summary>
/// <remarks>
/// 工资集体协商试行办法 第二十一条: "工资协议签订后，应于7日内由企业将工资协议一式三份及说明，报送劳动保障行政部门审查。"
/// Signed on day 0, filing on day 7 is on time, on day 8 late (民法典 第二百零一条). Note the 7 days here against 10 days for a
/// collective contract (集体合同规定 第四十二条).
/// </remarks>
public sealed class FiledWithinDeadlineRule() : Rule<WageProposal>("WN-FILING", Severity.Violation, new Citation(Instruments.WageNegotiationMeasures, 21))
{
    private static readonly ActMessages Act = ActMessages.For("WN-FILING", "filed");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WageProcess? p = facts.Process;
        if (p?.Signing is not { } signed)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(WageNegotiationParameters.FilingPeriod, out LegalPeriod days))
        {
            return;
        }

        context.Fact("process.signing", signed);
        context.Fact("process.filed", p.Filed);
        ActWithinPeriod.Check(context, Act, "filingDue", signed, "$.process.signing", days, "process.filed", "filed", "$.process.filed", p.Filed);
    }
}
