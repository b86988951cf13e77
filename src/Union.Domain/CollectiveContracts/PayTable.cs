using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>An employer's pay table (工资表) or a batch of labour contracts to compare with a collective contract.</summary>
public sealed record PayTable
{
    /// <summary>Gets the collective contract to compare with, when there is one.</summary>
    public CollectiveContract? CollectiveContract { get; init; }

    /// <summary>Gets the labour contracts or pay lines.</summary>
    [InputCount(InputLimits.MaxListLength)]
    public IReadOnlyList<LabourContract> Lines
    {
        get => _lines ?? [];
        init => _lines = value;
    }

    private IReadOnlyList<LabourContract>? _lines;
}
