using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The body that discussed the draft (讨论草案的机构), 劳动合同法 第五十一条; 集体合同规定 第三十六条.</summary>
public enum ApprovalBody
{
    /// <summary>The workers' congress (职工代表大会).</summary>
    [JsonStringEnumMemberName("workersCongress")]
    WorkersCongress,

    /// <summary>A meeting of all employees (全体职工 / 职工大会).</summary>
    [JsonStringEnumMemberName("allEmployeeMeeting")]
    AllEmployeeMeeting,

    /// <summary>Any other body (a management meeting, the union committee): not a lawful approval body.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
