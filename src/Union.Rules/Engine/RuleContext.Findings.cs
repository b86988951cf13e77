using Union.Rules.Resources;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;

namespace Union.Rules.Engine;

// Findings and the rule's status: failures, computed results, what could not be assessed.
public sealed partial class RuleContext
{
    /// <summary>Records that the rule's condition holds (adds no finding).</summary>
    public void Pass() => Mark(RuleStatus.Passed);

    /// <summary>Records that the rule does not apply to these facts (adds no finding).</summary>
    public void NotApplicable() => Mark(RuleStatus.NotApplicable);

    /// <summary>Records a failure with the rule's severity.</summary>
    /// <param name="message">The message, e.g. <c>CC-REPLY.late</c>; the arguments must be exactly the ones it declares.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Fail(MessageKey message, string path, params (string Name, object? Value)[] arguments) =>
        Add(_rule.Severity, RuleStatus.Failed, message, path, arguments);

    /// <summary>Records a failure with a severity other than the rule's own (a warning-level departure of a violation rule).</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="message">The message; the arguments must be exactly the ones it declares.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Fail(Severity severity, MessageKey message, string path, params (string Name, object? Value)[] arguments) =>
        Add(severity, RuleStatus.Failed, message, path, arguments);

    /// <summary>
    /// Records a failure with the rule's severity that rests on a provision of its own (the article that holds the number
    /// compared, e.g. 劳动法 第四十一条 for a 36-hour cap): the finding cites <paramref name="citation"/> alone.
    /// </summary>
    /// <param name="citation">The provision the finding rests on.</param>
    /// <param name="message">The message; the arguments must be exactly the ones it declares.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Fail(Citation citation, MessageKey message, string path, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(citation);
        Add(_rule.Severity, RuleStatus.Failed, message, path, arguments, citation);
    }

    /// <summary>Records a computed result as an Info finding that cites <paramref name="citation"/> alone (see <see cref="Fail(Citation, MessageKey, string, ValueTuple{string, object}[])"/>).</summary>
    /// <param name="citation">The provision the finding rests on.</param>
    /// <param name="message">The message; the arguments must be exactly the ones it declares.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Inform(Citation citation, MessageKey message, string path, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(citation);
        Add(Severity.Info, RuleStatus.Computed, message, path, arguments, citation);
    }

    /// <summary>Records that an input is missing, so the rule could not assess it (an Info finding; nothing guessed).</summary>
    /// <param name="message">The message key: <c>engine.inputMissing</c> with a <c>field</c> argument, or a rule's own.</param>
    /// <param name="path">The JSON path of the missing field.</param>
    /// <param name="arguments">The message arguments.</param>
    public void NotAssessed(MessageKey message, string path, params (string Name, object? Value)[] arguments) =>
        Add(Severity.Info, RuleStatus.NotAssessed, message, path, arguments);

    /// <summary>Records that a required input field is missing (<c>engine.inputMissing</c>).</summary>
    /// <param name="path">The JSON path of the missing field, e.g. <c>$.request.received</c>.</param>
    public void MissingInput(string path) => NotAssessed(EngineMessages.InputMissing, path, ("field", path));

    /// <summary>Records a computed result as an Info finding (a date due, a state, a category).</summary>
    /// <param name="message">The message; the arguments must be exactly the ones it declares.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="arguments">The message arguments.</param>
    public void Inform(MessageKey message, string path, params (string Name, object? Value)[] arguments) =>
        Add(Severity.Info, RuleStatus.Computed, message, path, arguments);

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

    private void Add(Severity severity, RuleStatus status, MessageKey message, string path, (string Name, object? Value)[] arguments, Citation? cited = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Check(arguments);
        string messageKey = message.Key;
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
