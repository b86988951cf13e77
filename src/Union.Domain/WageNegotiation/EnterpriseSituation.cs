using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// The enterprise's economic situation (企业经济效益状况), which decides which line of the wage guideline applies:
/// the base line for a profitable, growing enterprise, the band between the lower and the base line for one whose profits
/// fall, and the lower line (with zero or negative growth possible with the union's consent) for one in difficulty.
/// </summary>
/// <param name="ProfitGrowthPercent">Profit growth over the previous year, in percent (−12.5 for a 12.5 % fall).</param>
/// <param name="LossMaking">Whether the enterprise made a loss (亏损).</param>
/// <param name="InDifficulty">Whether the enterprise is in real difficulty (生产经营困难).</param>
/// <param name="ProductivityGrowthPercent">Labour productivity growth, in percent.</param>
/// <param name="LabourCost">The annual labour cost (人工成本), when known.</param>
/// <param name="UnionConsentsToZeroOrNegativeGrowth">Whether the union (or the employee representatives) agreed to zero or negative wage growth (与工会协商同意).</param>
public sealed record EnterpriseSituation(
    [property: InputRange(-InputLimits.MaxPercent, InputLimits.MaxPercent)] decimal? ProfitGrowthPercent = null,
    bool LossMaking = false,
    bool InDifficulty = false,
    [property: InputRange(-InputLimits.MaxPercent, InputLimits.MaxPercent)] decimal? ProductivityGrowthPercent = null,
    [property: InputRange(0, 1e12)] Money? LabourCost = null,
    bool UnionConsentsToZeroOrNegativeGrowth = false)
{
    /// <summary>Gets whether the enterprise counts as profitable for the guideline: it made no loss and is not in difficulty.</summary>
    public bool IsProfitable => !LossMaking && !InDifficulty;
}
