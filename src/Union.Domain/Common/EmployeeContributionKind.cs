using System.Text.Json.Serialization;

namespace Union.Domain.Common;

/// <summary>
/// The kinds of the employee's own contributions withheld from pay (职工个人缴费项目): the three social insurances an employee
/// pays into (基本养老、基本医疗、失业保险; 工伤 and 生育 are paid by the employer alone) and the housing fund (住房公积金). A region's
/// monthly minimum wage may exclude some of them, which are then removed from pay before the comparison.
/// </summary>
public enum EmployeeContributionKind
{
    /// <summary>基本养老保险费: the employee's pension insurance contribution.</summary>
    [JsonStringEnumMemberName("pension")]
    Pension = 0,

    /// <summary>基本医疗保险费: the employee's medical insurance contribution.</summary>
    [JsonStringEnumMemberName("medical")]
    Medical = 1,

    /// <summary>失业保险费: the employee's unemployment insurance contribution.</summary>
    [JsonStringEnumMemberName("unemployment")]
    Unemployment = 2,

    /// <summary>住房公积金: the employee's housing fund contribution.</summary>
    [JsonStringEnumMemberName("housingFund")]
    HousingFund = 3,
}
