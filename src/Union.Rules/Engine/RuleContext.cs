using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Rules.Calendar;

namespace Union.Rules.Engine;

/// <summary>
/// What a rule sees while it runs (规则上下文): the date, the jurisdiction profile, and the recorder of its findings and
/// explanation. One context serves one rule in one evaluation; it is not thread-safe and not kept after the evaluation.
/// </summary>
public sealed class RuleContext
{
    private readonly IRule _rule;
    private readonly List<Finding> _findings;
    private readonly List<RuleOutput> _results;
    private readonly List<TraceFact>? _facts;
    private readonly List<ParameterReading>? _parameters;
    private readonly List<TraceComparison>? _comparisons;
    private readonly List<TraceFact>? _outputs;
    private readonly List<TraceNode>? _children;
    private List<Citation>? _regional;
    private RuleStatus _status = RuleStatus.Passed;
    private bool _recorded;

    internal RuleContext(IRule rule, LocalDate asOf, JurisdictionProfile profile, bool trace, List<Finding> findings, List<RuleOutput> results)
    {
        _results = results;
        _rule = rule;
        AsOf = asOf;
        Profile = profile;
        IsTracing = trace;
        _findings = findings;
        if (trace)
        {
            _facts = [];
            _parameters = [];
            _comparisons = [];
            _outputs = [];
            _children = [];
        }
    }

    /// <summary>Gets the date the evaluation is for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the jurisdiction profile.</summary>
    public JurisdictionProfile Profile { get; }

    /// <summary>Gets whether the explanation is recorded; when not, the recording methods do nothing.</summary>
    public bool IsTracing { get; }

    /// <summary>Gets the rule's status so far: the worst of what it recorded.</summary>
    public RuleStatus Status => _status;

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name, e.g. <c>request.received</c>.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, string? value) => _facts?.Add(new TraceFact(name, value));

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, decimal? value)
    {
        if (_facts is not null)
        {
            _facts.Add(new TraceFact(name, value?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, LocalDate? value)
    {
        if (_facts is not null)
        {
            _facts.Add(new TraceFact(name, value is { } d ? LocalDatePattern.Iso.Format(d) : null));
        }
    }

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, Money? value)
    {
        if (_facts is not null)
        {
            _facts.Add(new TraceFact(name, value?.ToString()));
        }
    }

    /// <summary>Records a computed output (a date, an amount, a state).</summary>
    /// <param name="name">The output's name, e.g. <c>filingDue</c>.</param>
    /// <param name="value">The value.</param>
    public void Output(string name, object? value)
    {
        int existing = _results.FindIndex(o => o.Name == name);
        if (existing >= 0)
        {
            _results[existing] = new RuleOutput(name, value, _rule.Code);
        }
        else
        {
            _results.Add(new RuleOutput(name, value, _rule.Code));
        }

        if (_outputs is not null)
        {
            _outputs.Add(new TraceFact(name, Format(value)));
        }

        Mark(RuleStatus.Computed);
    }

    /// <summary>Records a typed output (see <see cref="Output(string, object?)"/>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">The handle.</param>
    /// <param name="value">The value.</param>
    public void Set<T>(Output<T> output, T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output(output.Name, value);
    }

    /// <summary>Reads an output an earlier rule of the same evaluation computed.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">The handle.</param>
    /// <param name="value">The value, when computed.</param>
    /// <returns>Whether an earlier rule computed it.</returns>
    public bool TryGet<T>(Output<T> output, out T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (RuleOutput o in _results)
        {
            if (o.Name == output.Name && o.Value is T t)
            {
                value = t;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Records a sub-step of the explanation (one per grade, per negotiator).</summary>
    /// <param name="node">The sub-step.</param>
    public void Child(TraceNode node) => _children?.Add(node);

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

        NotAssessed("engine.parameterMissing", "$", ("parameter", name), ("region", Profile.Region?.ToString() ?? "national"), ("date", date));
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
                NotAssessed("engine.parameterMissing", "$", ("parameter", parameter.Name), ("region", Profile.Region?.ToString() ?? "national"), ("date", date));
            }

            return false;
        }

        Record(reading);
        if (!parameter.TryConvert(reading, out value))
        {
            NotAssessed("engine.parameterInvalid", "$", ("parameter", parameter.Name), ("value", reading.Value.ToString()), ("kind", parameter.Kind));
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

    /// <summary>
    /// Counts a deadline after an event the way 民法典 第二百零一条 to 第二百零三条 count it (start day excluded; a last day on a
    /// statutory holiday, or on a weekend when the profile's <c>calendar.weekendMovesDeadline</c> says so, moves to the next
    /// working day) and records it as an output named <paramref name="name"/>. When a year has no holiday data, records an Info
    /// "not assessed" finding naming the year and returns <see langword="false"/>: nothing is guessed.
    /// </summary>
    /// <param name="name">The output's name, e.g. <c>replyDue</c>.</param>
    /// <param name="eventDate">The event the period runs from (receipt, signing).</param>
    /// <param name="length">The period, e.g. 20 days.</param>
    /// <param name="path">The JSON path of the event's date, for the finding when data is missing.</param>
    /// <param name="deadline">The deadline, when it could be counted.</param>
    /// <returns>Whether the deadline could be counted.</returns>
    public bool TryDeadline(string name, LocalDate eventDate, Period length, string path, out LegalDeadline deadline) =>
        TryDeadline(name, eventDate, LegalPeriod.FromPeriod(length) ?? throw new ArgumentOutOfRangeException(nameof(length), length, "Not a legal period."), path, out deadline);

    /// <summary>
    /// Counts a deadline of <paramref name="period"/> (days, 工作日 or months) after an event; see
    /// <see cref="TryDeadline(string, LocalDate, Period, string, out LegalDeadline)"/>.
    /// </summary>
    /// <param name="name">The output's name, e.g. <c>replyDue</c>.</param>
    /// <param name="eventDate">The event the period runs from.</param>
    /// <param name="period">The period.</param>
    /// <param name="path">The JSON path of the event's date.</param>
    /// <param name="deadline">The deadline, when it could be counted.</param>
    /// <returns>Whether the deadline could be counted.</returns>
    public bool TryDeadline(string name, LocalDate eventDate, LegalPeriod period, string path, out LegalDeadline deadline)
    {
        bool weekend = !TryReadQuietly(CalendarParameters.WeekendMovesDeadline, out bool moves) || moves;
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, period, Profile.Calendar, weekend);
        if (result.IsSuccess && result.Deadline is { } d)
        {
            deadline = d;
            Output(name, d.End);
            return true;
        }

        deadline = null!;
        if (result.MissingYear is { } year)
        {
            NotAssessed("engine.calendarMissing", path, ("year", year));
        }
        else
        {
            NotAssessed("engine.dateOutOfRange", path, ("date", eventDate));
        }

        return false;
    }

    /// <summary>
    /// Finds the first day of a window of <paramref name="period"/> that ends on <paramref name="end"/> inclusive ("期满前三个月内",
    /// "期满前60日内"; <see cref="LegalPeriods.WindowOpens(LocalDate, LegalPeriod, HolidayCalendar)"/>). A window in working days
    /// that reaches a year without holiday data, or one outside the supported dates, is "not assessed".
    /// </summary>
    /// <param name="end">The window's last day.</param>
    /// <param name="period">The window's length.</param>
    /// <param name="path">The JSON path of the date the window ends on.</param>
    /// <param name="opens">The first day, when it could be found.</param>
    /// <returns>Whether it could be found.</returns>
    public bool TryWindowOpens(LocalDate end, LegalPeriod period, string path, out LocalDate opens)
    {
        WindowResult result = LegalPeriods.WindowOpens(end, period, Profile.Calendar);
        if (result.IsSuccess)
        {
            opens = result.Window.Opens;
            return true;
        }

        opens = default;
        if (result.MissingYear is { } year)
        {
            NotAssessed("engine.calendarMissing", path, ("year", year));
        }
        else
        {
            NotAssessed("engine.dateOutOfRange", path, ("date", end));
        }

        return false;
    }

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

    /// <summary>Records that the rule's condition holds (adds no finding).</summary>
    public void Pass() => Mark(RuleStatus.Passed);

    /// <summary>Records that the rule does not apply to these facts (adds no finding).</summary>
    public void NotApplicable() => Mark(RuleStatus.NotApplicable);

    /// <summary>Records a failure with the rule's severity.</summary>
    /// <param name="messageKey">The message key, e.g. <c>CC-REPLY.late</c>.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Fail(string messageKey, string path, params (string Name, object? Value)[] arguments) =>
        Add(_rule.Severity, RuleStatus.Failed, messageKey, path, arguments);

    /// <summary>Records a failure with a severity other than the rule's own (a warning-level departure of a violation rule).</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Fail(Severity severity, string messageKey, string path, params (string Name, object? Value)[] arguments) =>
        Add(severity, RuleStatus.Failed, messageKey, path, arguments);

    /// <summary>
    /// Records a failure with the rule's severity that rests on a provision of its own (the article that holds the number
    /// compared, e.g. 劳动法 第四十一条 for a 36-hour cap): the finding cites <paramref name="citation"/> alone.
    /// </summary>
    /// <param name="citation">The provision the finding rests on.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Fail(Citation citation, string messageKey, string path, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(citation);
        Add(_rule.Severity, RuleStatus.Failed, messageKey, path, arguments, citation);
    }

    /// <summary>Records a computed result as an Info finding that cites <paramref name="citation"/> alone (see <see cref="Fail(Citation, string, string, ValueTuple{string, object}[])"/>).</summary>
    /// <param name="citation">The provision the finding rests on.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Inform(Citation citation, string messageKey, string path, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(citation);
        Add(Severity.Info, RuleStatus.Computed, messageKey, path, arguments, citation);
    }

    /// <summary>Records that an input is missing, so the rule could not assess it (an Info finding; nothing guessed).</summary>
    /// <param name="messageKey">The message key: <c>engine.inputMissing</c> with a <c>field</c> argument, or a rule's own.</param>
    /// <param name="path">The JSON path of the missing field.</param>
    /// <param name="arguments">The message arguments.</param>
    public void NotAssessed(string messageKey, string path, params (string Name, object? Value)[] arguments) =>
        Add(Severity.Info, RuleStatus.NotAssessed, messageKey, path, arguments);

    /// <summary>Records that a required input field is missing (<c>engine.inputMissing</c>).</summary>
    /// <param name="path">The JSON path of the missing field, e.g. <c>$.request.received</c>.</param>
    public void MissingInput(string path) => NotAssessed("engine.inputMissing", path, ("field", path));

    /// <summary>Records a computed result as an Info finding (a date due, a state, a category).</summary>
    /// <param name="messageKey">The message key.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Inform(string messageKey, string path, params (string Name, object? Value)[] arguments) =>
        Add(Severity.Info, RuleStatus.Computed, messageKey, path, arguments);

    /// <summary>Formats a value culture-invariantly for messages and traces.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        LocalDate d => LocalDatePattern.Iso.Format(d),
        Money m => m.ToString(),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Ratio r => r.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    internal TraceNode? Build() =>
        _facts is null
            ? null
            : new TraceNode(_rule.Code, _rule.Citations[0], _recorded ? _status : RuleStatus.Passed, [.. _facts], [.. _parameters!], [.. _comparisons!], [.. _outputs!], [.. _children!]);

    private void Add(Severity severity, RuleStatus status, string messageKey, string path, (string Name, object? Value)[] arguments, Citation? cited = null)
    {
        var args = new KeyValuePair<string, string>[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            args[i] = new KeyValuePair<string, string>(arguments[i].Name, Format(arguments[i].Value) ?? string.Empty);
        }

        _findings.Add(cited is not null
            ? new Finding(_rule.Code, severity, status, messageKey, cited, path, args)
            : _regional is null
            ? new Finding(_rule.Code, severity, status, messageKey, _rule.Citations[0], path, args)
            : new Finding(_rule.Code, severity, status, messageKey, _regional[0], path, args, [.. _regional.Skip(1), .. _rule.Citations.Take(1).Where(c => !_regional.Contains(c))]));
        Mark(status);
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

    private void Mark(RuleStatus status)
    {
        _status = !_recorded ? status : Worse(_status, status);
        _recorded = true;
    }

    private static RuleStatus Worse(RuleStatus a, RuleStatus b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(RuleStatus s) => s switch
    {
        RuleStatus.Failed => 4,
        RuleStatus.NotAssessed => 3,
        RuleStatus.Computed => 2,
        RuleStatus.Passed => 1,
        _ => 0,
    };
}
