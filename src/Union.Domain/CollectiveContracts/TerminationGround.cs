using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The ground for changing or ending a collective contract (变更、解除的理由), 集体合同规定 第三十九条、第四十条.</summary>
public enum TerminationGround
{
    /// <summary>The negotiators agreed (双方协商代表协商一致), art 39.</summary>
    [JsonStringEnumMemberName("agreement")]
    Agreement,

    /// <summary>Merger, dissolution, bankruptcy or similar made performance impossible (兼并、解散、破产等), art 40(1).</summary>
    [JsonStringEnumMemberName("mergerDissolutionBankruptcy")]
    MergerDissolutionBankruptcy,

    /// <summary>Force majeure (不可抗力), art 40(2).</summary>
    [JsonStringEnumMemberName("forceMajeure")]
    ForceMajeure,

    /// <summary>A condition the parties agreed occurred (约定的变更或解除条件出现), art 40(3).</summary>
    [JsonStringEnumMemberName("agreedCondition")]
    AgreedCondition,

    /// <summary>Another ground laid down by law (法律、法规、规章规定的其他情形), art 40(4).</summary>
    [JsonStringEnumMemberName("otherLegalGround")]
    OtherLegalGround,

    /// <summary>One side acted alone without a listed ground (单方变更或解除): not a lawful ground.</summary>
    [JsonStringEnumMemberName("unilateral")]
    Unilateral,
}
