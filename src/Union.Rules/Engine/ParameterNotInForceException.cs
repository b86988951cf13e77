using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;

namespace Union.Rules.Engine;

/// <summary>
/// Thrown by <see cref="JurisdictionProfile.Get(string, LocalDate)"/> when no value of a parameter is in force (参数缺失):
/// the message names the parameter, the region and the date. Rules never see it: they use
/// <see cref="JurisdictionProfile.TryGet(string, LocalDate, out ParameterReading)"/> and report "not assessed".
/// </summary>
public sealed class ParameterNotInForceException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public ParameterNotInForceException()
        : base("No parameter value is in force.")
    {
        ParameterName = string.Empty;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public ParameterNotInForceException(string message)
        : base(message)
    {
        ParameterName = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ParameterNotInForceException(string message, Exception innerException)
        : base(message, innerException)
    {
        ParameterName = string.Empty;
    }

    /// <summary>Initializes a new instance for a parameter, region and date.</summary>
    /// <param name="parameterName">The parameter.</param>
    /// <param name="region">The region, or <see langword="null"/> for the national profile.</param>
    /// <param name="asOf">The date.</param>
    public ParameterNotInForceException(string parameterName, RegionCode? region, LocalDate asOf)
        : base(Describe(parameterName, region, asOf))
    {
        ParameterName = parameterName;
        Region = region;
        AsOf = asOf;
    }

    /// <summary>Gets the parameter's name.</summary>
    public string ParameterName { get; }

    /// <summary>Gets the region, or <see langword="null"/> for the national profile.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate AsOf { get; }

    internal static string Describe(string parameterName, RegionCode? region, LocalDate asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"No value of parameter '{parameterName}' is in force for region {(region is { } r ? r.ToString() : "national")} on {LocalDatePattern.Iso.Format(asOf)}; supply it in a parameter layer.");
}
