using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>The household's assets and schooling choices that the exclusions look at (家庭财产状况). Immutable.</summary>
public sealed record HouseholdAssets
{
    private readonly IReadOnlyList<Home>? _homes;
    private readonly IReadOnlyList<Vehicle>? _vehicles;
    private readonly IReadOnlyList<Business>? _businesses;
    private readonly IReadOnlyList<Shareholding>? _shareholdings;
    private readonly IReadOnlyList<PrivateSchooling>? _privateSchools;

    /// <summary>Gets the homes owned (住房).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<Home> Homes { get => _homes ?? []; init => _homes = value; }

    /// <summary>Gets the motor vehicles owned or regularly used (机动车辆).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<Vehicle> Vehicles { get => _vehicles ?? []; init => _vehicles = value; }

    /// <summary>Gets the businesses run by a member (经营实体).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<Business> Businesses { get => _businesses ?? []; init => _businesses = value; }

    /// <summary>Gets the members' shareholdings in companies (持股).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<Shareholding> Shareholdings { get => _shareholdings ?? []; init => _shareholdings = value; }

    /// <summary>Gets children at private schools, with the fees compared (私立学校就读).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<PrivateSchooling> PrivateSchools { get => _privateSchools ?? []; init => _privateSchools = value; }

    /// <summary>Gets whether a child studies abroad at the household's own expense (自费留学).</summary>
    public bool StudyAbroadSelfFunded { get; init; }
}

/// <summary>A home owned by a member (住房), with its floor area in square metres.</summary>
public sealed record Home
{
    /// <summary>Gets the floor area in square metres (建筑面积).</summary>
    [InputRange(0, 100_000)]
    public decimal Area { get; init; }
}

/// <summary>A motor vehicle owned or regularly used (机动车辆).</summary>
public sealed record Vehicle
{
    /// <summary>Gets whether it is a mobility aid for a disabled or ill worker (残疾、患病职工功能性补偿代步车).</summary>
    public bool MobilityAid { get; init; }
}

/// <summary>A business run by a member (经营活动), with the number of people it employs.</summary>
public sealed record Business
{
    /// <summary>Gets the number of people employed other than household members (雇佣人数).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int Employees { get; init; }
}

/// <summary>A member's shareholding in a company (持股).</summary>
public sealed record Shareholding
{
    /// <summary>Gets whether the member is a controlling shareholder or the actual controller (控股股东、实际控制人).</summary>
    public bool Controlling { get; init; }
}

/// <summary>A child at a private school (私立学校就读), with its annual fee and that of a public school of the same level.</summary>
public sealed record PrivateSchooling
{
    /// <summary>Gets the private school's annual fee (私立学校收费).</summary>
    [InputRange(0, 1e12)]
    public required Common.Money Fee { get; init; }

    /// <summary>Gets the annual fee of a local public school of the same level (同级公办学校收费).</summary>
    [InputRange(0, 1e12)]
    public required Common.Money PublicFee { get; init; }
}
