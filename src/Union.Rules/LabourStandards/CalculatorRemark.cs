using System.Globalization;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// A step or reading of a calculation (计算说明), as a message key and its arguments, so that it renders in 简体中文 or English
/// through <see cref="Messages"/>: how a month was counted, why the floor or the cap applies, what could not be decided.
/// </summary>
/// <param name="Key">The message key, e.g. <c>LS-COMPENSATION.remark.service</c>.</param>
/// <param name="Arguments">The arguments, culture-invariant.</param>
public sealed record CalculatorRemark(string Key, IReadOnlyList<KeyValuePair<string, string>> Arguments)
{
    /// <summary>Renders the remark in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <param name="messages">The message catalog; <see cref="Messages.Default"/> when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public string Render(CultureInfo? culture = null, Messages? messages = null) => (messages ?? Messages.Default).Render(Key, Arguments, culture);

    /// <summary>Gets an argument's value, or <see langword="null"/>.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value.</returns>
    public string? Argument(string name) => Arguments.FirstOrDefault(a => a.Key == name).Value;

    internal static CalculatorRemark Of(MessageKey key, params (string Name, object? Value)[] arguments)
    {
        key.Check(arguments);
        return new(key.Key, [.. arguments.Select(a => new KeyValuePair<string, string>(a.Name, RuleContext.Format(a.Value) ?? string.Empty))]);
    }
}
