using Union.Domain.Common;
using Union.Rules.Calendar;

namespace Union.Rules.Engine;

/// <summary>
/// A named parameter of a jurisdiction profile (参数), typed by what a rule reads from it. Rules reach the profile only through
/// these handles (<see cref="RuleContext.TryRead{T}(Parameter{T}, out T, NodaTime.LocalDate?)"/>), so every reading is
/// recorded in the explanation and every handle can be checked against the data.
/// </summary>
public abstract class Parameter
{
    private protected Parameter(string name, bool regionalOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        IsRegionalOnly = regionalOnly;
    }

    /// <summary>Gets the name the data uses, e.g. <c>cc.reply.period</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets whether the national profile has no value: only a region's regulation sets it, and a rule that finds none applies
    /// the national rule without it (no "not assessed" finding).
    /// </summary>
    public bool IsRegionalOnly { get; }

    /// <summary>Gets the kind of value a rule reads (number, period, ratio, choice, flag, list).</summary>
    public abstract string Kind { get; }

    /// <summary>A number (a count, a multiple, an amount of yuan).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="regionalOnly">Whether only regions set it.</param>
    /// <returns>The handle.</returns>
    public static Parameter<decimal> Number(string name, bool regionalOnly = false) =>
        new(name, regionalOnly, "number", static (ParameterReading r, out decimal v) => r.Value.TryGetNumber(out v));

    /// <summary>A period or window whose unit (<c>days</c>, <c>workingDays</c>, <c>months</c>, <c>years</c>) comes from the data.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="regionalOnly">Whether only regions set it.</param>
    /// <returns>The handle.</returns>
    public static Parameter<LegalPeriod> Period(string name, bool regionalOnly = false) =>
        new(name, regionalOnly, "period", static (ParameterReading r, out LegalPeriod v) =>
        {
            v = default;
            return r.Value.TryGetNumber(out decimal n) && LegalPeriod.TryFromUnit(n, r.Unit, out v);
        });

    /// <summary>An exact ratio threshold (<c>2/3</c>, <c>1/2</c>); its comparison comes from the data.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="regionalOnly">Whether only regions set it.</param>
    /// <returns>The handle.</returns>
    public static Parameter<Ratio> Ratio(string name, bool regionalOnly = false) =>
        new(name, regionalOnly, "ratio", static (ParameterReading r, out Ratio v) => r.Value.TryGetRatio(out v));

    /// <summary>A named choice, e.g. <c>signing</c> or <c>approvalNotice</c>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="regionalOnly">Whether only regions set it.</param>
    /// <returns>The handle.</returns>
    public static Parameter<string> Choice(string name, bool regionalOnly = false) =>
        new(name, regionalOnly, "choice", static (ParameterReading r, out string v) =>
        {
            v = r.Value.AsText() ?? string.Empty;
            return r.Value.AsText() is not null;
        });

    /// <summary>A yes/no setting.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="regionalOnly">Whether only regions set it.</param>
    /// <returns>The handle.</returns>
    public static Parameter<bool> Flag(string name, bool regionalOnly = false) =>
        new(name, regionalOnly, "boolean", static (ParameterReading r, out bool v) => r.Value.TryGetBoolean(out v));

    /// <summary>A list of names, written in the data as one comma-separated text.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="regionalOnly">Whether only regions set it.</param>
    /// <returns>The handle.</returns>
    public static Parameter<IReadOnlyList<string>> List(string name, bool regionalOnly = false) =>
        new(name, regionalOnly, "list", static (ParameterReading r, out IReadOnlyList<string> v) =>
        {
            string? text = r.Value.AsText();
            v = text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return text is not null;
        });

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Converts a reading into the value a rule uses (参数取值); false when the data holds another kind of value.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reading">The reading.</param>
/// <param name="value">The value.</param>
/// <returns>Whether the reading holds a value of this kind.</returns>
public delegate bool ParameterConverter<T>(ParameterReading reading, out T value);

/// <summary>A typed parameter handle (参数句柄) whose readings a rule uses as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Parameter<T> : Parameter
{
    private readonly ParameterConverter<T> _convert;

    internal Parameter(string name, bool regionalOnly, string kind, ParameterConverter<T> convert)
        : base(name, regionalOnly)
    {
        Kind = kind;
        _convert = convert;
    }

    /// <inheritdoc/>
    public override string Kind { get; }

    /// <summary>
    /// Reads the value in force on <paramref name="date"/> without recording it: for computations outside a rule (a state, a
    /// timeline). Rules read through <see cref="RuleContext.TryRead{T}(Parameter{T}, out T, NodaTime.LocalDate?)"/>.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="date">The date.</param>
    /// <param name="value">The value, when one of this kind is in force.</param>
    /// <returns>Whether one is.</returns>
    public bool TryRead(JurisdictionProfile profile, NodaTime.LocalDate date, out T value)
    {
        ArgumentNullException.ThrowIfNull(profile);
        value = default!;
        return profile.TryGet(Name, date, out ParameterReading reading) && _convert(reading, out value);
    }

    /// <summary>Converts a reading of this parameter.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="value">The value, when the reading holds one of this kind.</param>
    /// <returns>Whether it does.</returns>
    public bool TryConvert(ParameterReading reading, out T value)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return _convert(reading, out value);
    }
}
