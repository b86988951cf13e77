namespace Union.Domain.Hardship;

/// <summary>How the household dealt with the investigation (配合核查情况). Immutable.</summary>
public sealed record HouseholdConduct
{
    /// <summary>Gets whether the household refuses to cooperate with the investigation (拒绝配合调查、核查).</summary>
    public bool RefusesCooperation { get; init; }

    /// <summary>Gets whether the household hid income or changes in the household (隐瞒收入或家庭变化).</summary>
    public bool ConcealsIncome { get; init; }

    /// <summary>Gets whether the household submitted false material (提供虚假材料).</summary>
    public bool FalseMaterial { get; init; }
}
