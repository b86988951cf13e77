using System.Globalization;

namespace Union.Domain.Validation;

/// <summary>
/// One reason an input was rejected (输入错误): the JSON path of the offending field, e.g.
/// <c>$.negotiators[2].side</c>, a message that names the problem, and where the reader knows it the line and column.
/// </summary>
/// <remarks>An issue made from a <see cref="Key"/> of <see cref="InputMessages"/> renders in Chinese or English
/// (<see cref="Render(CultureInfo?)"/>); <see cref="Message"/> is always the English text.</remarks>
/// <param name="Path">The JSON path of the field (<c>$</c> for the whole document).</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="Line">The 1-based line in the source text, when known.</param>
/// <param name="Source">The name of the source (a file name), when known.</param>
public sealed record ValidationIssue(string Path, string Message, long? Line = null, string? Source = null)
{
    /// <summary>Gets the 1-based column (in characters) in the source text, when known.</summary>
    public long? Column { get; init; }

    /// <summary>Gets the key of the message in <see cref="InputMessages"/>, when the issue was made from one.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the message's named arguments (a limit, the value found, the allowed names).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Arguments { get; init; }

    /// <summary>Creates an issue from a message key: <see cref="Message"/> is its English text.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="key">The message key in <see cref="InputMessages"/>.</param>
    /// <param name="arguments">The message's arguments, or <see langword="null"/>.</param>
    /// <param name="source">The source's name, when known.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column, when known.</param>
    /// <returns>The issue.</returns>
    public static ValidationIssue Create(string path, string key, IReadOnlyList<KeyValuePair<string, string>>? arguments = null, string? source = null, long? line = null, long? column = null) =>
        new(path, InputMessages.Render(key, arguments, chinese: false), line, source) { Key = key, Arguments = arguments, Column = column };

    /// <summary>Renders the message in the culture's language: Chinese for a <c>zh</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The message.</returns>
    public string Render(CultureInfo? culture = null) =>
        Key is not null && InputMessages.IsChinese(culture) ? InputMessages.Render(Key, Arguments, chinese: true) : Message;

    /// <summary>Renders the issue as <c>file: $.path (line l, column c): message</c> in the culture's language.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public string ToString(CultureInfo? culture)
    {
        bool zh = InputMessages.IsChinese(culture);
        string where = Source is null ? Path : $"{Source}: {Path}";
        string at = (Line, Column, zh) switch
        {
            ({ } l, { } c, true) => string.Create(CultureInfo.InvariantCulture, $" (第 {l} 行第 {c} 列)"),
            ({ } l, null, true) => string.Create(CultureInfo.InvariantCulture, $" (第 {l} 行)"),
            ({ } l, { } c, false) => string.Create(CultureInfo.InvariantCulture, $" (line {l}, column {c})"),
            ({ } l, null, false) => string.Create(CultureInfo.InvariantCulture, $" (line {l})"),
            _ => string.Empty,
        };
        return $"{where}{at}: {(zh ? Render(culture) : Message)}";
    }

    /// <summary>Renders the issue as <c>file: $.path (line l, column c): message</c>, in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
