using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>A side of a collective negotiation (协商一方).</summary>
public enum Side
{
    /// <summary>The employees' side (职工一方).</summary>
    [JsonStringEnumMemberName("employee")]
    Employee,

    /// <summary>The employer's side (用人单位一方).</summary>
    [JsonStringEnumMemberName("employer")]
    Employer,
}
