using System.Text.Json.Serialization;

namespace Union.Rules.CollectiveContracts;

/// <summary>The lifecycle state of a collective contract on a date (集体合同状态), 集体合同规定 第三十二条至第四十七条.</summary>
public enum ContractState
{
    /// <summary>Nothing has happened yet beyond preparing (起草).</summary>
    [JsonStringEnumMemberName("drafting")]
    Drafting,

    /// <summary>A request was received; negotiation is under way (协商中).</summary>
    [JsonStringEnumMemberName("negotiating")]
    Negotiating,

    /// <summary>A draft is agreed and awaits the workers' congress or all employees (待审议).</summary>
    [JsonStringEnumMemberName("awaitingApproval")]
    AwaitingApproval,

    /// <summary>The draft was approved (已通过).</summary>
    [JsonStringEnumMemberName("approved")]
    Approved,

    /// <summary>The chiefs signed (已签字).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The catalog's state name: signed by the chiefs.")]
    [JsonStringEnumMemberName("signed")]
    Signed,

    /// <summary>The text was sent to the labour administration (已报送).</summary>
    [JsonStringEnumMemberName("filed")]
    Filed,

    /// <summary>The administration received the text; the review period runs (审查中).</summary>
    [JsonStringEnumMemberName("underReview")]
    UnderReview,

    /// <summary>The administration objected; the text must be re-signed and re-filed (退回).</summary>
    [JsonStringEnumMemberName("returned")]
    Returned,

    /// <summary>In force (生效).</summary>
    [JsonStringEnumMemberName("inForce")]
    InForce,

    /// <summary>The term ended (期满).</summary>
    [JsonStringEnumMemberName("expired")]
    Expired,

    /// <summary>Ended before expiry (解除 / 终止).</summary>
    [JsonStringEnumMemberName("terminated")]
    Terminated,

    /// <summary>
    /// Cannot be told (状态无法确定): the contract was filed, but the review period could not be counted (the administration's
    /// receipt, the period or a year's holiday data is missing), so whether it is under review or in force is not guessed.
    /// </summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
