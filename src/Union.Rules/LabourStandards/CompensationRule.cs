using NodaTime;
using Union.Domain.LabourStandards;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-COMPENSATION: the economic compensation (经济补偿) or the damages (赔偿金) of each employment that ended, computed as
/// 劳动合同法 第四十七条 and 劳动合同法实施条例 第二十七条 compute it (<see cref="EconomicCompensation"/>), owed or not as
/// 第四十六条 says, doubled for an unlawful end (第八十七条).
/// </summary>
/// <remarks>
/// Info only: the calculation per separated employee. A ground that owes nothing is said so without wages. Without the wages
/// of the months before the end, the input is missing; without the local minimum wage or the local average wage for the cap,
/// the parameter is missing and the amount is left undecided, with the figure before those checks for information.
/// </remarks>
public sealed class CompensationRule() : Rule<LabourFile>(
            "LS-COMPENSATION",
            Severity.Info,
            new Citation(Instruments.LabourContractLaw, 47),
            new Citation(Instruments.LabourContractLaw, 46),
            new Citation(Instruments.LabourContractLaw, 87),
            new Citation(Instruments.LabourContractLawRegulations, 27))
{
    private static readonly MessageKey CompensationAmount = new("LS-COMPENSATION.amount", "employee", "years", "months", "days", "from", "to", "counted", "base", "amount", "ground");
    private static readonly MessageKey CompensationCap = new("LS-COMPENSATION.cap", "employee", "wage", "localAverage", "multiple", "threshold", "capYears");
    private static readonly MessageKey CompensationDamages = new("LS-COMPENSATION.damages", "employee", "amount", "multiple", "damages");
    private static readonly MessageKey CompensationFloor = new("LS-COMPENSATION.floor", "employee", "average", "minimum");
    private static readonly MessageKey NotOwed = new("LS-COMPENSATION.notOwed", "employee", "ground");
    private static readonly MessageKey Reinstatement = new("LS-COMPENSATION.reinstatement", "employee");
    private static readonly MessageKey Undecided = new("LS-COMPENSATION.undecided", "employee", "counted", "missing", "unchecked");

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<EmploymentRecord?> employees = facts.Employees ?? [];
        if (!employees.Any(e => e?.Separation is not null))
        {
            context.NotApplicable();
            return;
        }

        for (int i = 0; i < employees.Count; i++)
        {
            EmploymentRecord? e = employees[i];
            if (e?.Separation is null)
            {
                continue;
            }

            Separation separation = e.Separation;

            string path = $"$.employees[{i}].separation";
            string who = WrittenContractRule.Employee(e, i);
            context.Fact(path + ".date", separation.Date);
            context.Fact(path + ".ground", EconomicCompensation.JsonName(separation.Ground));
            SeparationLiability liability = SeparationGrounds.Liability(separation.Ground);
            string ground = EconomicCompensation.GroundLabel(separation.Ground);
            if (liability == SeparationLiability.None)
            {
                context.Inform(SeparationGrounds.Basis(separation.Ground) ?? Citations[1], NotOwed, path + ".ground", ("employee", who), ("ground", ground));
                continue;
            }

            IReadOnlyList<Money>? wages = separation.LastTwelveMonthsWages;
            if (wages is null || wages.Count == 0)
            {
                context.MissingInput(path + ".lastTwelveMonthsWages");
                continue;
            }

            LocalDate start = separation.ServiceStart ?? e.Started;
            if (separation.Date < start || wages.Any(w => w.IsNegative))
            {
                continue;
            }

            if (!CompensationStandards.TryRead(ParameterSource.Of(context), separation.Date, out CompensationStandards? standards))
            {
                return;
            }

            CompensationResult r = EconomicCompensation.Calculate(new CompensationInput(start, separation.Date, wages, false, separation.Ground, separation.ReinstatementSought), standards);
            context.Set(SeparationOutputs.Compensation(i), r);
            Report(context, r, path, who, ground);
        }
    }

    private static void Report(RuleContext context, CompensationResult r, string path, string who, string ground)
    {
        if (r.Floor == ThresholdOutcome.Applied)
        {
            context.Inform(new Citation(Instruments.LabourContractLawRegulations, 27), CompensationFloor, path + ".lastTwelveMonthsWages", ("employee", who), ("average", r.AverageWage), ("minimum", r.MinimumWage));
        }

        if (r.Cap == ThresholdOutcome.Applied)
        {
            context.Inform(new Citation(Instruments.LabourContractLaw, 47, 2), CompensationCap, path + ".lastTwelveMonthsWages", ("employee", who), ("wage", r.MonthlyWage ?? r.AverageWage), ("localAverage", r.LocalAverageWage), ("multiple", r.CapMultiple), ("threshold", r.CapThreshold), ("capYears", r.CapYears));
        }

        if (r.Amount is null)
        {
            context.Inform(Undecided, path, ("employee", who), ("counted", r.MonthsByService), ("missing", string.Join(", ", r.Missing)), ("unchecked", r.UncheckedAmount));
            return;
        }

        Money amount = r.Amount.Value;
        context.Inform(
            CompensationAmount,
            path,
            ("employee", who),
            ("years", r.Service.Years),
            ("months", r.Service.Months),
            ("days", r.Service.Days),
            ("from", r.CountedFrom),
            ("to", r.End),
            ("counted", r.MonthsCounted),
            ("base", r.Base),
            ("amount", amount),
            ("ground", ground));
        if (r.Liability == SeparationLiability.Damages)
        {
            context.Inform(new Citation(Instruments.LabourContractLaw, 87), CompensationDamages, path + ".ground", ("employee", who), ("amount", amount), ("multiple", r.DamagesMultiple), ("damages", r.Damages));
            if (r.Payable is null)
            {
                context.Inform(new Citation(Instruments.LabourContractLaw, 48), Reinstatement, path + ".reinstatementSought", ("employee", who));
            }
        }
    }
}
