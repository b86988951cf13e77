using Union.Rules.Resources;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;

namespace Union.Rules.Engine;

// Reading parameters from the profile: every read is recorded with its value, date and source, and a regional source becomes a citation.
public sealed partial class RuleContext
{
    /// <summary>
    /// Reads a parameter in force on <see cref="AsOf"/> (or on <paramref name="on"/>) and records it. When none is in force,
    /// records a "not assessed" finding naming the parameter, the region and the date, and returns <see langword="false"/>.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="reading">The reading, when found.</param>
    /// <param name="on">The date to read for, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool TryParameter(string name, out ParameterReading reading, LocalDate? on = null)
    {
        LocalDate date = on ?? AsOf;
        if (Profile.TryGet(name, date, out reading))
        {
            Record(reading);
            return true;
        }

        NotAssessed(EngineMessages.ParameterMissing, "$", ("parameter", name), ("region", Profile.Region?.ToString() ?? "national"), ("date", date));
        return false;
    }

    /// <summary>
    /// Reads a parameter through its handle, in force on <see cref="AsOf"/> (or on <paramref name="on"/>), and records it; a
    /// regional value also becomes the finding's first citation. When none is in force, records a "not assessed" finding naming
    /// the parameter, the region and the date (for a regional-only parameter: records that none is set, with no finding); when
    /// the data holds another kind of value, records a "not assessed" finding saying so.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="parameter">The handle.</param>
    /// <param name="value">The value, when one is in force.</param>
    /// <param name="on">The date to read for, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool TryRead<T>(Parameter<T> parameter, out T value, LocalDate? on = null) => TryRead(parameter, out value, out _, on);

    /// <summary>Reads a parameter and returns its full reading (value, date, source, comparison) with the converted value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="parameter">The handle.</param>
    /// <param name="value">The value.</param>
    /// <param name="reading">The reading.</param>
    /// <param name="on">The date to read for, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool TryRead<T>(Parameter<T> parameter, out T value, out ParameterReading reading, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        value = default!;
        LocalDate date = on ?? AsOf;
        if (!Profile.TryGet(parameter.Name, date, out reading))
        {
            if (parameter.IsRegionalOnly)
            {
                _facts?.Add(new TraceFact(parameter.Name, "none"));
            }
            else
            {
                NotAssessed(EngineMessages.ParameterMissing, "$", ("parameter", parameter.Name), ("region", Profile.Region?.ToString() ?? "national"), ("date", date));
            }

            return false;
        }

        Record(reading);
        if (!parameter.TryConvert(reading, out value))
        {
            NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", parameter.Name), ("value", reading.Value.ToString()), ("kind", parameter.Kind));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads a parameter that informs the explanation but does not decide the finding (a local reading the national law
    /// overrides): recorded in the trace like any reading, never cited.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="parameter">The handle.</param>
    /// <param name="value">The value, when one is in force.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool TryReadWithoutCiting<T>(Parameter<T> parameter, out T value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return TryReadQuietly(parameter, out value);
    }

    /// <summary>Reads a numeric parameter; see <see cref="TryParameter(string, out ParameterReading, LocalDate?)"/>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">The number, when found.</param>
    /// <param name="on">The date to read for, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a numeric value is in force.</returns>
    public bool TryNumber(string name, out decimal value, LocalDate? on = null)
    {
        value = 0m;
        return TryParameter(name, out ParameterReading r, on) && r.Value.TryGetNumber(out value);
    }

    /// <summary>Reads a ratio parameter; see <see cref="TryParameter(string, out ParameterReading, LocalDate?)"/>.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">The ratio, when found.</param>
    /// <param name="comparison">The parameter's comparison (<see cref="Comparison.AtLeast"/> when it declares none).</param>
    /// <param name="on">The date to read for, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a ratio is in force.</returns>
    public bool TryRatio(string name, out Ratio value, out Comparison comparison, LocalDate? on = null)
    {
        value = default;
        comparison = Comparison.AtLeast;
        if (!TryParameter(name, out ParameterReading r, on) || !r.Value.TryGetRatio(out value))
        {
            return false;
        }

        comparison = r.Comparison ?? Comparison.AtLeast;
        return true;
    }

    /// <summary>
    /// Looks up whether a parameter has a value in force on <see cref="AsOf"/> (or on <paramref name="on"/>), for a rule whose
    /// course depends on whether a region sets the value at all (a regional table of delegates, a wage guideline published for
    /// the year). The look-up is recorded in the explanation as the fact <c>inForce:</c> and the name, with the value's first
    /// day or <c>none</c>; it adds no finding and no citation: a value the rule compares is read with
    /// <see cref="TryRead{T}(Parameter{T}, out T, out ParameterReading, LocalDate?)"/>.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="reading">The reading, when one is in force.</param>
    /// <param name="on">The date to look up, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool TryLookUp(string name, out ParameterReading reading, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool found = Profile.TryGet(name, on ?? AsOf, out reading);
        _facts?.Add(new TraceFact("inForce:" + name, found ? LocalDatePattern.Iso.Format(reading.From) : "none"));
        return found;
    }

    /// <summary>Looks up whether a parameter has a value in force, as <see cref="TryLookUp(string, out ParameterReading, LocalDate?)"/>.</summary>
    /// <param name="parameter">The handle.</param>
    /// <param name="on">The date to look up, when not <see cref="AsOf"/>.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool IsInForce(Parameter parameter, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return TryLookUp(parameter.Name, out _, on);
    }

    /// <summary>Reads a yes/no parameter; <paramref name="fallback"/> when none is in force (recorded, no finding).</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fallback">The value when the parameter is absent.</param>
    /// <returns>The setting.</returns>
    public bool Flag(string name, bool fallback)
    {
        if (Profile.TryGet(name, AsOf, out ParameterReading r) && r.Value.TryGetBoolean(out bool b))
        {
            Record(r);
            return b;
        }

        return fallback;
    }

    private bool TryReadQuietly<T>(Parameter<T> parameter, out T value)
    {
        value = default!;
        if (!Profile.TryGet(parameter.Name, AsOf, out ParameterReading reading) || !parameter.TryConvert(reading, out value))
        {
            return false;
        }

        _parameters?.Add(reading);
        return true;
    }

    private void Record(ParameterReading reading)
    {
        _parameters?.Add(reading);
        if (reading.Layer != JurisdictionProfile.NationalLayerName && Citation.TryParse(reading.Source, out Citation? citation))
        {
            _regional ??= [];
            if (!_regional.Contains(citation))
            {
                _regional.Add(citation);
            }
        }
    }
}
