using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The 15 subjects a collective contract may cover (集体合同内容), 集体合同规定 第八条, in the article's order.</summary>
public enum ContractSubject
{
    /// <summary>(一) 劳动报酬: pay.</summary>
    [JsonStringEnumMemberName("pay")]
    Pay,

    /// <summary>(二) 工作时间: working time.</summary>
    [JsonStringEnumMemberName("workingTime")]
    WorkingTime,

    /// <summary>(三) 休息休假: rest and leave.</summary>
    [JsonStringEnumMemberName("restAndLeave")]
    RestAndLeave,

    /// <summary>(四) 劳动安全与卫生: occupational safety and health.</summary>
    [JsonStringEnumMemberName("safetyAndHealth")]
    SafetyAndHealth,

    /// <summary>(五) 补充保险和福利: supplementary insurance and welfare.</summary>
    [JsonStringEnumMemberName("insuranceAndWelfare")]
    InsuranceAndWelfare,

    /// <summary>(六) 女职工和未成年工特殊保护: special protection of women and minor workers.</summary>
    [JsonStringEnumMemberName("womenAndMinors")]
    WomenAndMinors,

    /// <summary>(七) 职业技能培训: vocational training.</summary>
    [JsonStringEnumMemberName("training")]
    Training,

    /// <summary>(八) 劳动合同管理: management of labour contracts.</summary>
    [JsonStringEnumMemberName("labourContractManagement")]
    LabourContractManagement,

    /// <summary>(九) 奖惩: rewards and penalties.</summary>
    [JsonStringEnumMemberName("rewardsAndPenalties")]
    RewardsAndPenalties,

    /// <summary>(十) 裁员: layoffs.</summary>
    [JsonStringEnumMemberName("layoffs")]
    Layoffs,

    /// <summary>(十一) 集体合同期限: the contract's term.</summary>
    [JsonStringEnumMemberName("term")]
    Term,

    /// <summary>(十二) 变更、解除集体合同的程序: procedure to change or end the contract.</summary>
    [JsonStringEnumMemberName("changeProcedure")]
    ChangeProcedure,

    /// <summary>(十三) 履行集体合同发生争议时的协商处理办法: settling disputes over performance.</summary>
    [JsonStringEnumMemberName("disputeSettlement")]
    DisputeSettlement,

    /// <summary>(十四) 违反集体合同的责任: liability for breach.</summary>
    [JsonStringEnumMemberName("liability")]
    Liability,

    /// <summary>(十五) 双方认为应当协商的其他内容: other agreed subjects.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
