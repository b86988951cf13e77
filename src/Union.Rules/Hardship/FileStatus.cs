using System.Text.Json.Serialization;

namespace Union.Rules.Hardship;

/// <summary>What happens to the household's file (档案状态) after this assessment (HD-REVIEW).</summary>
public enum FileStatus
{
    /// <summary>No category and no file: no file is opened (不予建档).</summary>
    [JsonStringEnumMemberName("notEligible")]
    NotEligible = 0,

    /// <summary>A first application that qualifies: a file is opened (建档).</summary>
    [JsonStringEnumMemberName("newFile")]
    NewFile = 1,

    /// <summary>An existing file that still qualifies: kept (保留档案).</summary>
    [JsonStringEnumMemberName("continue")]
    Continue = 2,

    /// <summary>An existing file that no longer qualifies: closed as recovered (解困脱困，退档).</summary>
    [JsonStringEnumMemberName("exit")]
    Exit = 3,

    /// <summary>Closed as recovered but within the margin above the line: watched for relapse (脱困，返困监测).</summary>
    [JsonStringEnumMemberName("exitRelapseWatch")]
    ExitRelapseWatch = 4,

    /// <summary>A recovered household that qualifies again (返困).</summary>
    [JsonStringEnumMemberName("relapse")]
    Relapse = 5,
}
