using System.Text.Json.Serialization;

namespace Union.Domain.Hardship;

/// <summary>
/// The category of an income record (收入类别). The category decides whether it counts as household income (HD-INCOME):
/// every category counts except <see cref="ResidentsBasicPension"/> and <see cref="HolidayGift"/>.
/// </summary>
public enum IncomeCategory
{
    /// <summary>Wages, salaries, bonuses, allowances and subsidies (工资性收入).</summary>
    [JsonStringEnumMemberName("wages")]
    Wages = 0,

    /// <summary>Net business income (经营净收入).</summary>
    [JsonStringEnumMemberName("business")]
    Business = 1,

    /// <summary>Net property income: interest, dividends, rent (财产净收入).</summary>
    [JsonStringEnumMemberName("property")]
    Property = 2,

    /// <summary>Pensions other than the residents' basic pension (养老金、退休金).</summary>
    [JsonStringEnumMemberName("pension")]
    Pension = 3,

    /// <summary>Social benefits: unemployment benefit, survivor benefit, 低保 payments (社会保障待遇).</summary>
    [JsonStringEnumMemberName("benefit")]
    Benefit = 4,

    /// <summary>Maintenance received (赡养费、抚养费、扶养费).</summary>
    [JsonStringEnumMemberName("maintenance")]
    Maintenance = 5,

    /// <summary>Compensation and resettlement money (补偿金、安置费).</summary>
    [JsonStringEnumMemberName("compensation")]
    Compensation = 6,

    /// <summary>Aid from union bodies: living, study, medical aid; counted (各级工会发放的救助金、助学金、医疗救助金).</summary>
    [JsonStringEnumMemberName("unionAid")]
    UnionAid = 7,

    /// <summary>Other transfer income: gifts, collective distributions (其他转移性收入).</summary>
    [JsonStringEnumMemberName("otherTransfer")]
    OtherTransfer = 8,

    /// <summary>Other income the household must declare (其他应当计入家庭的收入).</summary>
    [JsonStringEnumMemberName("other")]
    Other = 9,

    /// <summary>The basic pension of the urban-rural residents' scheme: not counted (城乡居民基本养老保险基础养老金，暂不计入).</summary>
    [JsonStringEnumMemberName("residentsBasicPension")]
    ResidentsBasicPension = 10,

    /// <summary>A small holiday gift: not counted (数额较小的节日慰问金，可不计入).</summary>
    [JsonStringEnumMemberName("holidayGift")]
    HolidayGift = 11,
}
