using System.Globalization;

namespace Union.Cli;

/// <summary>
/// The language of the tool's output (<c>--lang</c>): a culture that carries only its name (<c>zh-Hans</c> or <c>en</c>) over
/// the invariant culture's data, so the tool runs the same under invariant globalization (no ICU) as with ICU. The library
/// decides the language by the culture's name alone.
/// </summary>
internal sealed class CliLanguage : CultureInfo
{
    private readonly string _name;

    private CliLanguage(string name)
        : base(string.Empty) => _name = name;

    /// <summary>Gets simplified Chinese.</summary>
    public static CultureInfo Chinese { get; } = new CliLanguage("zh-Hans");

    /// <summary>Gets English.</summary>
    public static CultureInfo English { get; } = new CliLanguage("en");

    /// <inheritdoc />
    public override string Name => _name;

    /// <inheritdoc />
    public override string TwoLetterISOLanguageName => _name[..2];

    /// <inheritdoc />
    public override string EnglishName => _name == "en" ? "English" : "Chinese (Simplified)";

    /// <inheritdoc />
    public override string NativeName => _name == "en" ? "English" : "中文（简体）";

    /// <inheritdoc />
    public override string DisplayName => EnglishName;

    /// <summary>The culture for a <c>--lang</c> value: <c>en</c> is English, anything else Chinese.</summary>
    public static CultureInfo For(string? lang) => lang == "en" ? English : Chinese;
}
