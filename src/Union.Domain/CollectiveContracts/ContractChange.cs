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

    /// <summary>
    /// Gets the chiefs' signing of the changed text (首席代表签字). Read for an amendment: its filing period runs from this
    /// signing (集体合同规定 第四十二条 "签订或变更后，应当自双方首席代表签字之日起10日内"). Not read for the ending, whose filing
    /// period, where a region sets one, runs from <see cref="Date"/>.
    /// </summary>
    public Signing? Signing { get; init; }

    /// <summary>
    /// Gets the filing of the changed text, or of the ending where a region requires one (北京市集体合同条例 第四十八条,
    /// 浙江省集体合同条例 第三十三条), with the labour administration.
    /// </summary>
    public Filing? Filing { get; init; }
}
