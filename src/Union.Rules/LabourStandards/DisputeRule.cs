using System.Collections.Frozen;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-DISPUTE: the deadlines of each labour dispute under 劳动争议调解仲裁法 (<see cref="DisputeDeadlines"/>), each with its
/// article: mediation (第十四条第三款), limitation (第二十七条), acceptance (第二十九条), award (第四十三条), the final award
/// (第四十七条) and the suits after the award (第四十八条 to 第五十条).
/// </summary>
/// <remarks>
/// Info only. The law makes none of these deadlines a duty whose breach is unlawful for a party: an application after the
/// limitation is time-barred (reported under its own key, <c>LS-DISPUTE.timeBarred</c>), an award not made in time opens the
/// way to court, a suit not brought in time lets the award take effect.
/// </remarks>
public sealed class DisputeRule() : Rule<LabourFile>(
            "LS-DISPUTE",
            Severity.Info,
            new Citation(Instruments.LabourDisputeLaw, 27),
            new Citation(Instruments.LabourDisputeLaw, 14, 3),
            new Citation(Instruments.LabourDisputeLaw, 43),
            new Citation(Instruments.LabourDisputeLaw, 47),
            new Citation(Instruments.LabourDisputeLaw, 48),
            new Citation(Instruments.LabourDisputeLaw, 50))
{
    /// <summary>The message of each procedure date, <c>LS-DISPUTE.</c> and the date's name (<c>LS-DISPUTE.mediationEnds</c>).</summary>
    private static readonly FrozenDictionary<string, MessageKey> DateMessages =
        new[] { "mediationEnds", "limitationEnds", "acceptanceDue", "awardDue", "awardDueExtended", "employeeSuitDue", "setAsideDue", "suitDue" }
            .ToFrozenDictionary(n => n, n => new MessageKey("LS-DISPUTE." + n, "event", "period", "date"), StringComparer.Ordinal);
    private static readonly MessageKey DisputeAcceptanceLate = new("LS-DISPUTE.acceptanceLate", "accepted", "due");
    private static readonly MessageKey DisputeAwardLate = new("LS-DISPUTE.awardLate", "made", "due");
    private static readonly MessageKey DisputeFinalAward = new("LS-DISPUTE.finalAward", "amount", "minimum", "months", "limit");
    private static readonly MessageKey FinalStandards = new("LS-DISPUTE.finalStandards");
    private static readonly MessageKey DisputeLimitationPassed = new("LS-DISPUTE.limitationPassed", "asOf", "end");
    private static readonly MessageKey DisputeMoved = new("LS-DISPUTE.moved", "deadline", "nominal", "holiday", "date");
    private static readonly MessageKey DisputeNoAwardInTime = new("LS-DISPUTE.noAwardInTime", "asOf", "due");
    private static readonly MessageKey NotFinalAward = new("LS-DISPUTE.notFinalAward", "amount", "minimum", "months", "limit");
    private static readonly MessageKey NotFinalKind = new("LS-DISPUTE.notFinalKind");
    private static readonly MessageKey DisputePayWhileEmployed = new("LS-DISPUTE.payWhileEmployed");
    private static readonly MessageKey DisputeTimeBarred = new("LS-DISPUTE.timeBarred", "applied", "end");

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Disputes is not { Count: > 0 } disputes)
        {
            context.NotApplicable();
            return;
        }

        bool weekend = !context.TryReadWithoutCiting(CalendarParameters.WeekendMovesDeadline, out bool moves) || moves;
        for (int i = 0; i < disputes.Count; i++)
        {
            DisputeCase? d = disputes[i];
            if (d is null)
            {
                continue;
            }

            string path = $"$.disputes[{i}]";
            context.Fact(path + ".knewOfInfringement", d.KnewOfInfringement);
            context.Fact(path + ".arbitrationApplied", d.ArbitrationApplied);
            context.Fact(path + ".claimAmount", d.ClaimAmount);
            bool moneyClaim = d.ClaimKind is DisputeClaimKind.Pay or DisputeClaimKind.WorkInjuryMedicalCosts or DisputeClaimKind.EconomicCompensation or DisputeClaimKind.Damages;
            if (!DisputeStandards.TryRead(ParameterSource.Of(context), context.AsOf, d.ArbitrationApplied ?? context.AsOf, moneyClaim && d.ClaimAmount is not null, out DisputeStandards? standards))
            {
                return;
            }

            DisputeDeadlinesResult r = DisputeDeadlines.Calculate(d, standards, context.Profile.Calendar, weekend, context.AsOf);
            context.Set(SeparationOutputs.Dispute(i), r);
            Report(context, d, r, path, i, moneyClaim);
        }
    }

    private static void Report(RuleContext context, DisputeCase d, DisputeDeadlinesResult r, string path, int index, bool moneyClaim)
    {
        foreach (DisputeDate date in r.Dates)
        {
            context.Set(SeparationOutputs.DisputeDate(index, date.Name), date.End);
            string field = date.Name == "limitationEnds" && r.Basis == LimitationBasis.PayAfterRelationEnded ? "relationEnded" : EventField(date.Name);
            context.Inform(date.Citation, DateMessages[date.Name], path + "." + field, ("event", date.Deadline.EventDate), ("period", date.Deadline.Counted?.ToString()), ("date", date.End));
            if (date.Deadline.Moved)
            {
                context.Inform(new Citation(Instruments.CivilCode, 203), DisputeMoved, path + "." + field, ("deadline", "dispute." + date.Name), ("nominal", date.Deadline.NominalEnd), ("holiday", date.Deadline.Holiday?.Name ?? "weekend"), ("date", date.End));
            }
        }

        foreach (int year in r.MissingYears)
        {
            context.NotAssessed(EngineMessages.CalendarMissing, path, ("year", year));
        }

        if (r.Basis == LimitationBasis.Unknown)
        {
            context.MissingInput(path + ".knewOfInfringement");
        }
        else if (r.Basis == LimitationBasis.PayWhileEmployed)
        {
            context.Inform(new Citation(Instruments.LabourDisputeLaw, 27, 4), DisputePayWhileEmployed, path + ".relationEnded");
        }

        if (r.Date("limitationEnds") is { } limitation)
        {
            if (r.TimeBarred == true)
            {
                context.Inform(limitation.Citation, DisputeTimeBarred, path + ".arbitrationApplied", ("applied", d.ArbitrationApplied), ("end", limitation.End));
            }
            else if (r.LimitationPassed)
            {
                context.Inform(limitation.Citation, DisputeLimitationPassed, path + ".arbitrationApplied", ("end", limitation.End), ("asOf", context.AsOf));
            }
        }

        if (r.AcceptanceLate == true && r.Date("acceptanceDue") is { } acceptance)
        {
            context.Inform(acceptance.Citation, DisputeAcceptanceLate, path + ".arbitrationAccepted", ("accepted", d.ArbitrationAccepted), ("due", acceptance.End));
        }

        DisputeDate? award = r.Date("awardDueExtended") ?? r.Date("awardDue");
        if (award is not null && r.AwardLate == true)
        {
            context.Inform(award.Citation, DisputeAwardLate, path + ".awardMade", ("made", d.AwardMade), ("due", award.End));
        }
        else if (award is not null && r.NoAwardInTime)
        {
            context.Inform(award.Citation, DisputeNoAwardInTime, path + ".awardMade", ("asOf", context.AsOf), ("due", award.End));
        }

        var item1 = new Citation(Instruments.LabourDisputeLaw, 47, null, 1);
        switch (r.FinalAward)
        {
            case true when d.ClaimKind == DisputeClaimKind.LabourStandards:
                context.Inform(new Citation(Instruments.LabourDisputeLaw, 47, null, 2), FinalStandards, path + ".claimKind");
                break;
            case true:
                context.Inform(item1, DisputeFinalAward, path + ".claimAmount", ("amount", d.ClaimAmount), ("minimum", r.MinimumWage), ("months", r.FinalAwardMonths), ("limit", r.FinalAwardLimit));
                break;
            case false when moneyClaim:
                context.Inform(item1, NotFinalAward, path + ".claimAmount", ("amount", d.ClaimAmount), ("minimum", r.MinimumWage), ("months", r.FinalAwardMonths), ("limit", r.FinalAwardLimit));
                break;
            case false:
                context.Inform(new Citation(Instruments.LabourDisputeLaw, 50), NotFinalKind, path + ".claimKind");
                break;
            case null when d.ClaimKind is null && d.AwardServed is not null:
                context.MissingInput(path + ".claimKind");
                break;
            case null when moneyClaim && d.ClaimAmount is null:
                context.MissingInput(path + ".claimAmount");
                break;
        }
    }

    private static string EventField(string name) => name switch
    {
        "mediationEnds" => "mediationApplied",
        "limitationEnds" => "knewOfInfringement",
        "acceptanceDue" => "arbitrationApplied",
        "awardDue" or "awardDueExtended" => "arbitrationAccepted",
        _ => "awardServed",
    };
}
