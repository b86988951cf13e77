using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;

namespace Union.Rules.Engine;

// Comparing figures with thresholds, each comparison recorded with both sides.
public sealed partial class RuleContext
{
    /// <summary>Compares two numbers and records the comparison.</summary>
    /// <param name="left">The left operand's name.</param>
    /// <param name="leftValue">The left value.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="right">The right operand's name.</param>
    /// <param name="rightValue">The right value.</param>
    /// <returns>Whether the comparison holds.</returns>
    public bool Compare(string left, decimal leftValue, Comparison comparison, string right, decimal rightValue)
    {
        bool holds = comparison.Holds(leftValue, rightValue);
        _comparisons?.Add(new TraceComparison(left, leftValue.ToString(CultureInfo.InvariantCulture), comparison.Symbol(), right, rightValue.ToString(CultureInfo.InvariantCulture), holds));
        return holds;
    }

    /// <summary>Compares an exact fraction part/whole with a ratio threshold and records it.</summary>
    /// <param name="part">The part's name, e.g. <c>present</c>.</param>
    /// <param name="partValue">The part.</param>
    /// <param name="whole">The whole's name, e.g. <c>delegates</c>.</param>
    /// <param name="wholeValue">The whole; at least 1.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="threshold">The threshold's name.</param>
    /// <param name="thresholdValue">The threshold.</param>
    /// <returns>Whether the comparison holds.</returns>
    public bool CompareFraction(string part, long partValue, string whole, long wholeValue, Comparison comparison, string threshold, Ratio thresholdValue)
    {
        bool holds = comparison.Holds(partValue, wholeValue, thresholdValue);
        _comparisons?.Add(new TraceComparison(
            $"{part}/{whole}",
            string.Create(CultureInfo.InvariantCulture, $"{partValue}/{wholeValue}"),
            comparison.Symbol(),
            threshold,
            thresholdValue.ToString(),
            holds));
        return holds;
    }

    /// <summary>
    /// Checks a share against a ratio threshold from the profile (attendance ≥ 2/3, outsiders ≤ 1/3, votes &gt; 1/2) and records
    /// the parameter and the exact comparison.
    /// </summary>
    /// <param name="parameter">The ratio parameter, e.g. <c>cc.approval.quorumRatio</c>; its comparison comes from the data.</param>
    /// <param name="part">The part's name, e.g. <c>present</c>.</param>
    /// <param name="partValue">The part.</param>
    /// <param name="whole">The whole's name, e.g. <c>bodySize</c>.</param>
    /// <param name="wholeValue">The whole; at least 1.</param>
    /// <param name="limit">The count at the limit (<see cref="ComparisonExtensions.LimitCount"/>): the fewest needed, or the most allowed.</param>
    /// <returns>Whether the share satisfies the threshold; <see langword="null"/> when the parameter is not in force (already reported).</returns>
    public bool? CheckShare(Parameter<Ratio> parameter, string part, long partValue, string whole, long wholeValue, out long limit)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        limit = 0;
        if (!TryRead(parameter, out Ratio ratio, out ParameterReading reading))
        {
            return null;
        }

        Comparison comparison = reading.Comparison ?? Comparison.AtLeast;
        limit = comparison.LimitCount(ratio, wholeValue);
        return CompareFraction(part, partValue, whole, wholeValue, comparison, parameter.Name, ratio);
    }

    /// <summary>Compares two dates and records the comparison.</summary>
    /// <param name="left">The left operand's name.</param>
    /// <param name="leftValue">The left date.</param>
    /// <param name="comparison">The comparison (<see cref="Comparison.AtMost"/>: on or before).</param>
    /// <param name="right">The right operand's name.</param>
    /// <param name="rightValue">The right date.</param>
    /// <returns>Whether the comparison holds.</returns>
    public bool CompareDates(string left, LocalDate leftValue, Comparison comparison, string right, LocalDate rightValue)
    {
        bool holds = comparison.Holds(leftValue.CompareTo(rightValue), 0m);
        _comparisons?.Add(new TraceComparison(left, LocalDatePattern.Iso.Format(leftValue), comparison.Symbol(), right, LocalDatePattern.Iso.Format(rightValue), holds));
        return holds;
    }
}
