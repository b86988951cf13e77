using System.Globalization;
using Union.Domain.LabourStandards;

namespace Union.Rules.LabourStandards;

/// <summary>What the labour-file rules share in reading a <see cref="LabourFile"/> (用工情况读取): how a person is named in a message.</summary>
internal static class LabourFileFacts
{
    /// <summary>The employee's name, else the id, else the record's place in the file (<c>#3</c>).</summary>
    internal static string Who(EmploymentRecord record, int index) =>
        record.Name is { Length: > 0 } name ? name
        : record.Id is { Length: > 0 } id ? id
        : "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON name of an exemption, as message arguments carry it (labelled under <c>value.</c>).</summary>
    internal static string Name(DispatchExemption exemption) => exemption switch
    {
        DispatchExemption.ForeignRepresentativeOffice => "foreignRepresentativeOffice",
        DispatchExemption.InternationalSeafarers => "internationalSeafarers",
        _ => "none",
    };

    /// <summary>A count of months as a message argument (<c>3 months</c>), which messages write as 3 个月 or 3 months.</summary>
    internal static string Months(int count) => count.ToString(CultureInfo.InvariantCulture) + " months";

    /// <summary>A count of days as a message argument (<c>29 days</c>), which messages write as 29 日 or 29 days.</summary>
    internal static string Days(int count) => count.ToString(CultureInfo.InvariantCulture) + " days";

    /// <summary>The JSON path of an employment record.</summary>
    internal static string EmployeePath(int index) => "$.employees[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The JSON path of a layoff.</summary>
    internal static string LayoffPath(int index) => "$.layoffs[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
