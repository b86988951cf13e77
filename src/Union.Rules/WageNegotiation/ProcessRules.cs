using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-REPLY (书面答复期限): the other side replies in writing within 20 days of receiving the written proposal.</summary>
/// <remarks>
/// 工资集体协商试行办法 第十七条: "另一方接到协商意向书后，应于20日内予以书面答复". The period starts the day after receipt
/// (民法典 第二百零一条); a reply on the last day is on time. With no reply, the rule reports the due date until it passes and a
/// violation after.
/// </remarks>
public sealed class WrittenReplyWithinDeadlineRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public WrittenReplyWithinDeadlineRule()
        : base("WN-REPLY", Severity.Violation, new Citation(Instruments.WageNegotiationMeasures, 17))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WageProcess? p = facts.Process;
        if (p?.ProposalReceived is not { } received)
        {
            if (p?.ProposalSent is not null || p?.Reply is not null)
            {
                context.MissingInput("$.process.proposalReceived");
            }
            else
            {
                context.NotApplicable();
            }

            return;
        }

        if (!context.TryNumber("wn.reply.period", out decimal days))
        {
            return;
        }

        context.Fact("process.proposalReceived", received);
        context.Fact("process.reply", p.Reply);
        ActWithinPeriod.Check(context, "WN-REPLY", "replyDue", received, "$.process.proposalReceived", days, "process.reply", "reply", "$.process.reply", p.Reply);
    }
}

/// <summary>WN-DISCLOSURE (提供情况和资料): the information the other side asked for is supplied before the talks, in the 5 days before they start.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第十八条: "协商双方有义务按照对方要求，在协商开始前5日内，提供与工资集体协商有关的真实情况和资料。"</para>
/// <para>Interpretation: 前5日内 names the window [start − 5 days, start − 1 day] in which the duty falls due; information supplied
/// earlier is not late, information supplied on or after the first day of talks is. The rule reports the window; with no
/// supply date after the talks began it reports the input as missing (whether anything was asked for is not recorded).</para>
/// </remarks>
public sealed class InformationSuppliedBeforeTalksRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public InformationSuppliedBeforeTalksRule()
        : base("WN-DISCLOSURE", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 18))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WageProcess? p = facts.Process;
        if (p?.TalksStart is not { } talks)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryNumber("wn.disclosure.periodBefore", out decimal days))
        {
            return;
        }

        LocalDate from = talks.PlusDays(-(int)days);
        LocalDate by = talks.PlusDays(-1);
        context.Fact("windowFrom", from);
        context.Fact("windowTo", by);
        if (p.InformationSupplied is { } supplied)
        {
            if (context.CompareDates("process.informationSupplied", supplied, Comparison.AtMost, "windowTo", by))
            {
                context.Pass();
            }
            else
            {
                context.Fail("WN-DISCLOSURE.late", "$.process.informationSupplied", ("supplied", supplied), ("talks", talks), ("from", from), ("by", by));
            }
        }
        else if (context.AsOf >= talks)
        {
            context.MissingInput("$.process.informationSupplied");
        }
        else
        {
            context.Inform("WN-DISCLOSURE.window", "$.process.talksStart", ("from", from), ("by", by), ("days", days));
        }
    }
}

/// <summary>WN-APPROVAL (草案审议): the draft went to the workers' congress or all-employee meeting before it was signed.</summary>
/// <remarks>
/// 工资集体协商试行办法 第十九条: "工资协议草案应提交职工代表大会或职工大会讨论审议。" 第二十条: the agreement is made when both chiefs sign.
/// Interpretation: a signed agreement without a deliberation, or with one dated after the signing, breaches 第十九条; before signing
/// the rule does not apply yet. Quorum and majority are those of the collective-contract rules (第二十五条 refers there).
/// </remarks>
public sealed class DraftDeliberatedBeforeSigningRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public DraftDeliberatedBeforeSigningRule()
        : base("WN-APPROVAL", Severity.Violation, new Citation(Instruments.WageNegotiationMeasures, 19))
    {
    }

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

        context.Fact("process.signing", signed);
        if (p.Approval is not { } approval)
        {
            context.Fail("WN-APPROVAL.missing", "$.process.approval", ("signed", signed));
            return;
        }

        context.Fact("process.approval.date", approval.Date);
        context.Fact("process.approval.body", approval.Body.ToString());
        if (context.CompareDates("process.approval.date", approval.Date, Comparison.AtMost, "process.signing", signed))
        {
            context.Pass();
        }
        else
        {
            context.Fail("WN-APPROVAL.afterSigning", "$.process.approval.date", ("approved", approval.Date), ("signed", signed));
        }
    }
}

/// <summary>WN-FILING (报送审查期限): the enterprise sends the agreement to the labour administration within 7 days of signing.</summary>
/// <remarks>
/// 工资集体协商试行办法 第二十一条: "工资协议签订后，应于7日内由企业将工资协议一式三份及说明，报送劳动保障行政部门审查。"
/// Signed on day 0, filing on day 7 is on time, on day 8 late (民法典 第二百零一条). Note the 7 days here against 10 days for a
/// collective contract (集体合同规定 第四十二条).
/// </remarks>
public sealed class FiledWithinDeadlineRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public FiledWithinDeadlineRule()
        : base("WN-FILING", Severity.Violation, new Citation(Instruments.WageNegotiationMeasures, 21))
    {
    }

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

        if (!context.TryNumber("wn.filing.period", out decimal days))
        {
            return;
        }

        context.Fact("process.signing", signed);
        context.Fact("process.filed", p.Filed);
        ActWithinPeriod.Check(context, "WN-FILING", "filingDue", signed, "$.process.signing", days, "process.filed", "filed", "$.process.filed", p.Filed);
    }
}

/// <summary>WN-EFFECT (生效): when the agreement takes effect.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第二十二条: the administration reviews "在收到工资协议15日内"; with no objection it serves the
/// 《工资协议审查意见书》 and "工资协议即行生效"; with changes the parties revise and "重新报送"; "工资协议向劳动保障行政部门报送经过15日后，
/// 协议双方未收到劳动保障行政部门的《工资协议审查意见书》，视为已经劳动保障行政部门同意，该工资协议即行生效。"</para>
/// <para>Interpretation: the 15 days run from the day after filing (报送); "经过15日后" means once the 15th day has ended, so the
/// agreement takes effect the day after it. An opinion received after that day does not undo the deemed approval. A returned
/// agreement has no effective date until it is filed again (record the new filing date).</para>
/// </remarks>
public sealed class EffectiveDateRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public EffectiveDateRule()
        : base("WN-EFFECT", Severity.Info, new Citation(Instruments.WageNegotiationMeasures, 22))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Process?.Filed is null)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryNumber("wn.review.period", out decimal days))
        {
            return;
        }

        if (!context.TryDeadline("reviewEnds", facts.Process.Filed.Value, Period.FromDays((int)days), "$.process.filed", out LegalDeadline reviewEnds))
        {
            return;
        }

        EffectOutcome o = WageDates.Effect(facts.Process, reviewEnds.End);
        context.Fact("process.filed", facts.Process.Filed);
        context.Fact("process.review.received", facts.Process.Review?.Received);
        context.Output("effectiveFrom", o.EffectiveFrom);
        switch (o.State)
        {
            case EffectState.Approved:
                context.Inform("WN-EFFECT.approved", "$.process.review", ("effective", o.EffectiveFrom));
                break;
            case EffectState.Returned:
                context.Inform("WN-EFFECT.returned", "$.process.review", ("received", facts.Process.Review!.Received));
                break;
            default:
                if (context.AsOf <= o.ReviewEnds)
                {
                    context.Inform("WN-EFFECT.pending", "$.process.filed", ("reviewEnds", o.ReviewEnds), ("effective", o.EffectiveFrom), ("days", days));
                }
                else
                {
                    context.Inform("WN-EFFECT.deemed", "$.process.filed", ("reviewEnds", o.ReviewEnds), ("effective", o.EffectiveFrom), ("days", days));
                }

                break;
        }
    }
}

/// <summary>WN-PUBLICATION (公布): each side publishes the agreement in force to its people within 5 days.</summary>
/// <remarks>
/// 工资集体协商试行办法 第二十三条: "协商双方应于5日内将已经生效的工资协议以适当形式向本方全体人员公布。" Interpretation: the 5 days run
/// from the effective date (WN-EFFECT), that day excluded.
/// </remarks>
public sealed class PublishedWithinDeadlineRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public PublishedWithinDeadlineRule()
        : base("WN-PUBLICATION", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 23))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Process?.Filed is null || !context.Profile.TryGet("wn.review.period", context.AsOf, out ParameterReading review) || !review.Value.TryGetNumber(out decimal reviewDays))
        {
            context.NotApplicable();
            return;
        }

        EffectOutcome o = WageDates.Effect(facts.Process, WageDates.DeadlineAfter(context.Profile, facts.Process.Filed.Value, (int)reviewDays));
        if (o.EffectiveFrom is not { } effective || effective > context.AsOf && facts.Process.Published is null)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryNumber("wn.publication.period", out decimal days))
        {
            return;
        }

        ActWithinPeriod.Check(context, "WN-PUBLICATION", "publicationDue", effective, "$.process.filed", days, "process.published", "published", "$.process.published", facts.Process.Published);
    }
}

/// <summary>WN-FREQUENCY (协商频次): the next round's date and the window in which either side may propose it.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第二十四条: "工资集体协商一般情况下一年进行一次。职工和企业双方均可在原工资协议期满前60日内，向对方书面提出协商意向书，
/// 进行下一轮的工资集体协商".</para>
/// <para>Interpretation: the next round is due 12 months after the term's first day (a multi-year agreement is reported, since a
/// round is normally held every year); the proposal window runs from 60 days before the last day of the term (counted back,
/// the last day excluded) to that last day.</para>
/// </remarks>
public sealed class NextRoundRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public NextRoundRule()
        : base("WN-FREQUENCY", Severity.Info, new Citation(Instruments.WageNegotiationMeasures, 24))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryNumber("wn.frequency.months", out decimal months) || !context.TryNumber("wn.renewal.window", out decimal windowDays))
        {
            return;
        }

        LocalDate next = facts.Term.Start.PlusMonths((int)months);
        LocalDate windowFrom = facts.Term.End.PlusDays(-(int)windowDays);
        context.Output("nextRoundBy", next);
        context.Output("renewalWindowFrom", windowFrom);
        context.Output("renewalWindowTo", facts.Term.End);
        context.Inform("WN-FREQUENCY.next", "$.term", ("next", next), ("from", windowFrom), ("to", facts.Term.End), ("days", windowDays));
        if (facts.Term.End >= next)
        {
            context.Inform("WN-FREQUENCY.multiYear", "$.term", ("end", facts.Term.End), ("months", months));
        }
    }
}

/// <summary>
/// The check shared by WN-REPLY, WN-FILING and WN-PUBLICATION (期限内完成): an act is due within a number of days after an event
/// (counted by the legal calendar); done on or before the last day passes, done later is late, not done once the last day has
/// passed is missing, and not done before then reports the due date.
/// </summary>
internal static class ActWithinPeriod
{
    internal static void Check(RuleContext context, string code, string dueName, LocalDate eventDate, string eventPath, decimal days, string actFact, string actArgument, string actPath, LocalDate? act)
    {
        if (!context.TryDeadline(dueName, eventDate, Period.FromDays((int)days), eventPath, out LegalDeadline deadline))
        {
            return;
        }

        LocalDate due = deadline.End;
        if (act is { } done)
        {
            if (context.CompareDates(actFact, done, Comparison.AtMost, dueName, due))
            {
                context.Pass();
            }
            else
            {
                context.Fail(code + ".late", actPath, (actArgument, done), ("due", due), ("days", days));
            }
        }
        else if (context.AsOf > due)
        {
            context.Fail(code + ".missing", actPath, ("due", due), ("days", days));
        }
        else
        {
            context.Inform(code + ".due", actPath, ("due", due), ("days", days));
        }
    }
}
