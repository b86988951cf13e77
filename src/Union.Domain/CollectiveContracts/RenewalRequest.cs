using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>A request to re-sign or renew the contract (重新签订或续订的要求), 集体合同规定 第三十八条.</summary>
public sealed record RenewalRequest
{
    /// <summary>Gets the side that asked.</summary>
    public Side? By { get; init; }

    /// <summary>Gets the day the request was made.</summary>
    public LocalDate? Date { get; init; }
}
