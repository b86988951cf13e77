using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>A change to, or the ending of, the contract (变更 / 解除), 集体合同规定 第三十九条至第四十一条.</summary>
public sealed record ContractChange
{
    /// <summary>Gets the day the change or ending takes effect.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the ground.</summary>
    public TerminationGround? Ground { get; init; }

    /// <summary>Gets whether it went through the same negotiation procedure (按照集体协商程序), art 41.</summary>
    public bool? SameProcedure { get; init; }
}
