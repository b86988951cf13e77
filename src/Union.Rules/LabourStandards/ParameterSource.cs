using NodaTime;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// Where a calculator reads its parameters: a profile (a caller, the tool), listing what is missing; or a rule's context, which
/// records each reading in the explanation and reports a missing one as not assessed.
/// </summary>
internal abstract class ParameterSource
{
    private readonly List<ParameterReading> _readings = [];
    private readonly List<string> _missing = [];

    public IReadOnlyList<ParameterReading> Readings => _readings;

    public IReadOnlyList<string> Missing => _missing;

    public static ParameterSource Of(JurisdictionProfile profile) => new ProfileSource(profile);

    public static ParameterSource Of(RuleContext context) => new ContextSource(context);

    public bool TryRead<T>(Parameter<T> parameter, LocalDate on, out T value, out ParameterReading? reading)
    {
        if (Read(parameter, on, out value, out reading))
        {
            if (!_readings.Contains(reading!))
            {
                _readings.Add(reading!);
            }

            return true;
        }

        if (!_missing.Contains(parameter.Name))
        {
            _missing.Add(parameter.Name);
        }

        return false;
    }

    public bool TryRead<T>(Parameter<T> parameter, LocalDate on, out T value) => TryRead(parameter, on, out value, out _);

    /// <summary>Records a value read that the calculation cannot use (an unknown choice, a period in the wrong unit).</summary>
    public void Invalid(Parameter parameter, string? value)
    {
        if (!_missing.Contains(parameter.Name))
        {
            _missing.Add(parameter.Name);
        }

        Report(parameter, value ?? string.Empty);
    }

    protected abstract bool Read<T>(Parameter<T> parameter, LocalDate on, out T value, out ParameterReading? reading);

    protected virtual void Report(Parameter parameter, string value)
    {
    }

    private sealed class ProfileSource(JurisdictionProfile profile) : ParameterSource
    {
        protected override bool Read<T>(Parameter<T> parameter, LocalDate on, out T value, out ParameterReading? reading)
        {
            value = default!;
            reading = null;
            if (!profile.TryGet(parameter.Name, on, out ParameterReading r) || !parameter.TryConvert(r, out value))
            {
                return false;
            }

            reading = r;
            return true;
        }
    }

    private sealed class ContextSource(RuleContext context) : ParameterSource
    {
        protected override bool Read<T>(Parameter<T> parameter, LocalDate on, out T value, out ParameterReading? reading)
        {
            reading = null;
            if (!context.TryRead(parameter, out value, out ParameterReading r, on))
            {
                return false;
            }

            reading = r;
            return true;
        }

        protected override void Report(Parameter parameter, string value) =>
            context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", parameter.Name), ("value", value), ("kind", parameter.Kind));
    }
}
