using NodaTime;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-WRITTEN-CONTRACT: a written labour contract within one month of the first day of employment (劳动合同法 第十条第二款),
/// else the double wage (第八十二条第一款; 劳动合同法实施条例 第六条, 第七条) and, at one year, an open-ended contract deemed
/// concluded (第十四条第三款).
/// </summary>
/// <remarks>
/// A Violation for each employee whose contract came after the month, or is still missing past it; with it, an Info finding of
/// the double-wage period and the wage owed on top (<see cref="DoubleWage"/>), and one of the deemed open-ended contract. An
/// employment that ended within the first month owes nothing here. Before 2008 the month runs from 2008-01-01 (第九十七条第二款).
/// </remarks>
public sealed class WrittenContractRule() : Rule<LabourFile>(
            "LS-WRITTEN-CONTRACT",
            Severity.Violation,
            new Citation(Instruments.LabourContractLaw, 10, 2),
            new Citation(Instruments.LabourContractLaw, 82, 1),
            new Citation(Instruments.LabourContractLawRegulations, 6),
            new Citation(Instruments.LabourContractLawRegulations, 7),
            new Citation(Instruments.LabourContractLaw, 14, 3))
{
    private static readonly MessageKey WrittenContractDeemedOpenEnded = new("LS-WRITTEN-CONTRACT.deemedOpenEnded", "employee", "date");
    private static readonly MessageKey WrittenContractDoubleWage = new("LS-WRITTEN-CONTRACT.doubleWage", "employee", "from", "to", "months", "days", "wage", "amount");
    private static readonly MessageKey DoubleWagePeriod = new("LS-WRITTEN-CONTRACT.doubleWagePeriod", "employee", "from", "to", "months", "days");
    private static readonly MessageKey Due = new("LS-WRITTEN-CONTRACT.due", "employee", "started", "due");
    private static readonly MessageKey WrittenContractLate = new("LS-WRITTEN-CONTRACT.late", "employee", "started", "signed", "due");
    private static readonly MessageKey Missing = new("LS-WRITTEN-CONTRACT.missing", "employee", "started", "asOf", "due");
    private static readonly MessageKey NoDoubleWage = new("LS-WRITTEN-CONTRACT.noDoubleWage", "employee", "signed", "start");
    private static readonly MessageKey WrittenContractRunning = new("LS-WRITTEN-CONTRACT.running", "employee", "last");

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Employees is not { Count: > 0 } employees)
        {
            context.NotApplicable();
            return;
        }

        for (int i = 0; i < employees.Count; i++)
        {
            EmploymentRecord? e = employees[i];
            if (e is null)
            {
                continue;
            }

            string path = $"$.employees[{i}]";
            context.Fact(path + ".started", e.Started);
            context.Fact(path + ".contractSigned", e.ContractSigned);
            if (!DoubleWageStandards.TryRead(ParameterSource.Of(context), context.AsOf, out DoubleWageStandards? standards))
            {
                return;
            }

            DoubleWageResult r = DoubleWage.Calculate(new DoubleWageInput(e.Started, e.ContractSigned, context.AsOf, e.MonthlyWage, e.Separation?.Date), standards);
            context.Set(SeparationOutputs.DoubleWage(i), r);
            context.Set(SeparationOutputs.SigningDue(i), r.SigningDue);
            string who = Employee(e, i);
            switch (r.Status)
            {
                case WrittenContractStatus.SignedInTime:
                case WrittenContractStatus.EndedWithinFirstMonth:
                    context.Pass();
                    break;
                case WrittenContractStatus.WithinFirstMonth:
                    context.Inform(Due, path + ".contractSigned", ("employee", who), ("started", e.Started), ("due", r.SigningDue));
                    break;
                default:
                    Late(context, e, r, path, i, who);
                    break;
            }

            if (r.DeemedOpenEnded && r.DeemedOpenEndedFrom is { } deemed)
            {
                context.Set(SeparationOutputs.DeemedOpenEndedFrom(i), deemed);
                context.Inform(new Citation(Instruments.LabourContractLaw, 14, 3), WrittenContractDeemedOpenEnded, path + ".contractSigned", ("employee", who), ("date", deemed));
            }
        }
    }

    /// <summary>The name a message gives an employee: the name, else the identifier, else the position (#1).</summary>
    internal static string Employee(EmploymentRecord e, int index) =>
        !string.IsNullOrWhiteSpace(e.Name) ? e.Name : !string.IsNullOrWhiteSpace(e.Id) ? e.Id : $"#{index + 1}";

    private static void Late(RuleContext context, EmploymentRecord e, DoubleWageResult r, string path, int i, string who)
    {
        if (e.ContractSigned is { } signed)
        {
            context.Fail(WrittenContractLate, path + ".contractSigned", ("employee", who), ("started", e.Started), ("signed", signed), ("due", r.SigningDue));
        }
        else
        {
            context.Fail(Missing, path + ".contractSigned", ("employee", who), ("started", e.Started), ("asOf", context.AsOf), ("due", r.SigningDue));
        }

        var basis = new Citation(Instruments.LabourContractLawRegulations, 6, 2);
        if (r.From is not { } from || r.To is not { } to)
        {
            context.Inform(basis, NoDoubleWage, path + ".contractSigned", ("employee", who), ("signed", e.ContractSigned), ("start", r.SigningDue.PlusDays(1)));
            return;
        }

        context.Set(SeparationOutputs.DoubleWageFrom(i), from);
        context.Set(SeparationOutputs.DoubleWageTo(i), to);
        if (r.ExtraWage is { } extra)
        {
            context.Inform(basis, WrittenContractDoubleWage, path, ("employee", who), ("from", from), ("to", to), ("months", r.FullMonths), ("days", r.PartDays), ("amount", extra), ("wage", r.MonthlyWage));
        }
        else
        {
            context.Inform(basis, DoubleWagePeriod, path, ("employee", who), ("from", from), ("to", to), ("months", r.FullMonths), ("days", r.PartDays));
            context.MissingInput(path + ".monthlyWage");
        }

        if (r.Running)
        {
            context.Inform(new Citation(Instruments.LabourContractLawRegulations, 7), WrittenContractRunning, path + ".contractSigned", ("employee", who), ("last", r.FirstAnniversary.PlusDays(-1)));
        }
    }
}
