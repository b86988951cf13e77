using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>The contract's clauses (合同条款): the art 8 subjects it covers, and the structured terms the rules read.</summary>
public sealed record ContractClauses
{
    /// <summary>Gets the subjects of 集体合同规定 第八条 the contract covers.</summary>
    [InputCount(100)]
    public IReadOnlyList<ContractSubject> Subjects
    {
        get => _subjects ?? [];
        init => _subjects = value;
    }

    private IReadOnlyList<ContractSubject>? _subjects;

    /// <summary>Gets the wage standards per grade.</summary>
    [InputCount(10_000)]
    public IReadOnlyList<WageStandard> WageStandards
    {
        get => _wageStandards ?? [];
        init => _wageStandards = value;
    }

    private IReadOnlyList<WageStandard>? _wageStandards;

    /// <summary>Gets the working-time terms.</summary>
    public WorkingTimeTerms? WorkingTime { get; init; }

    /// <summary>Gets the overtime pay rates.</summary>
    public OvertimePayRates? OvertimePay { get; init; }
}
