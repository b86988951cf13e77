using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Union.Rules.Engine;

/// <summary>
/// The message tables (消息表): each message key (a rule code, or a code with a suffix such as <c>CC-REPLY.late</c>)
/// has a 简体中文 and an English text with named placeholders such as <c>{days}</c>. Findings and traces hold only keys and
/// arguments; the text is rendered here, by culture. Codes and citations never change with language.
/// </summary>
/// <remarks>A catalog is immutable; <see cref="With(IEnumerable{MessageEntry})"/> returns a new catalog with a caller's own
/// entries (for the caller's own rules) on top.</remarks>
public sealed class Messages
{
    private readonly FrozenDictionary<string, MessageEntry> _entries;

    private Messages(FrozenDictionary<string, MessageEntry> entries) => _entries = entries;

    /// <summary>Gets the built-in catalog: every message of every built-in rule.</summary>
    public static Messages Default { get; } = new(Resources.BuiltInMessages.All().ToFrozenDictionary(e => e.Key, StringComparer.Ordinal));

    /// <summary>Gets every entry of the catalog.</summary>
    public IEnumerable<MessageEntry> Entries => _entries.Values;

    /// <summary>Returns a catalog with <paramref name="entries"/> added, replacing entries with the same key.</summary>
    /// <param name="entries">The caller's entries.</param>
    /// <returns>A new catalog.</returns>
    public Messages With(IEnumerable<MessageEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var d = new Dictionary<string, MessageEntry>(_entries, StringComparer.Ordinal);
        foreach (MessageEntry e in entries)
        {
            d[e.Key] = e;
        }

        return new Messages(d.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gets whether a key has an entry.</summary>
    /// <param name="key">The message key.</param>
    /// <returns>Whether the catalog has it.</returns>
    public bool Contains(string key) => _entries.ContainsKey(key);

    /// <summary>
    /// Gets whether the culture is Chinese: its name is <c>zh</c> or starts with <c>zh-</c> (any case, so <c>zh-Hans</c>,
    /// <c>zh-CN</c>, <c>zh-HANS</c>); the current UI culture when <see langword="null"/>. Decided by the name alone, never
    /// by culture data, so it answers the same under invariant globalization (no ICU).
    /// </summary>
    /// <param name="culture">The culture.</param>
    /// <returns>Whether Chinese text should be used.</returns>
    public static bool IsChinese(CultureInfo? culture)
    {
        string name = (culture ?? CultureInfo.CurrentUICulture).Name;
        return name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] is '-' or '_');
    }

    /// <summary>
    /// Renders a message: the template for the culture with each <c>{name}</c> replaced by its argument. An unknown key
    /// renders as the key with its arguments, never throws.
    /// </summary>
    /// <param name="key">The message key.</param>
    /// <param name="arguments">The named arguments.</param>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public string Render(string key, IReadOnlyList<KeyValuePair<string, string>>? arguments, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_entries.TryGetValue(key, out MessageEntry? entry))
        {
            return arguments is null || arguments.Count == 0 ? key : key + " (" + string.Join(", ", arguments.Select(a => a.Key + "=" + a.Value)) + ")";
        }

        bool zh = IsChinese(culture);
        return Fill(zh ? entry.Zh : entry.En, arguments, zh);
    }

    /// <summary>
    /// Writes an argument value in the language: a period (<c>10 workingDays</c> → 10 个工作日), a name the catalog labels under
    /// <c>value.</c> (<c>employer</c> → 用人单位, <c>hours.dailyMax</c> → 每日工作时间上限), or a comma-separated list of such names
    /// (joined with 、 in Chinese); any other value as recorded.
    /// </summary>
    /// <param name="value">The recorded (culture-invariant) value.</param>
    /// <param name="zh">Whether the language is Chinese.</param>
    /// <returns>The value in the language.</returns>
    public string Localize(string value, bool zh)
    {
        ArgumentNullException.ThrowIfNull(value);
        string period = LocalizeValue(value, zh);
        if (!ReferenceEquals(period, value))
        {
            return period;
        }

        if (_entries.TryGetValue("value." + value, out MessageEntry? label))
        {
            return zh ? label.Zh : label.En;
        }

        if (value.Contains(',', StringComparison.Ordinal))
        {
            string[] parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && parts.All(p => _entries.ContainsKey("value." + p)))
            {
                return string.Join(zh ? "、" : ", ", parts.Select(p => zh ? _entries["value." + p].Zh : _entries["value." + p].En));
            }
        }

        return value;
    }

    /// <summary>Lists the placeholder names of a template, e.g. <c>days</c> and <c>due</c>.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The names, in order of appearance, each once.</returns>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var names = new List<string>();
        int i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            int j = template.IndexOf('}', i + 1);
            if (j < 0)
            {
                break;
            }

            string name = template[(i + 1)..j];
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            i = j + 1;
        }

        return names;
    }

    /// <summary>
    /// Writes an argument value in the language: a period recorded as <c>10 workingDays</c> reads <c>10 个工作日</c> or
    /// <c>10 working days</c>; every other value is written as recorded.
    /// </summary>
    /// <param name="value">The recorded (culture-invariant) value.</param>
    /// <param name="zh">Whether the language is Chinese.</param>
    /// <returns>The value in the language.</returns>
    public static string LocalizeValue(string value, bool zh)
    {
        ArgumentNullException.ThrowIfNull(value);
        int space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !int.TryParse(value.AsSpan(0, space), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
        {
            return value;
        }

        string count = value[..space];
        return value[(space + 1)..] switch
        {
            "days" => zh ? count + " 日" : count + (n == 1 ? " day" : " days"),
            "workingDays" => zh ? count + " 个工作日" : count + (n == 1 ? " working day" : " working days"),
            "months" => zh ? count + " 个月" : count + (n == 1 ? " month" : " months"),
            "years" => zh ? count + " 年" : count + (n == 1 ? " year" : " years"),
            _ => value,
        };
    }

    /// <summary>
    /// Whether a placeholder stands for an amount of money: the template writes the unit right after it (<c>{wage} 元</c>,
    /// <c>{wage} yuan</c>).
    /// </summary>
    internal static bool IsAmount(string template, string name, bool zh)
    {
        string placeholder = "{" + name + "}";
        int i = 0;
        while ((i = template.IndexOf(placeholder, i, StringComparison.Ordinal)) >= 0)
        {
            ReadOnlySpan<char> after = template.AsSpan(i + placeholder.Length).TrimStart(' ');
            if (zh ? after.StartsWith("元", StringComparison.Ordinal) : after.StartsWith("yuan", StringComparison.Ordinal))
            {
                return true;
            }

            i += placeholder.Length;
        }

        return false;
    }

    /// <summary>
    /// Writes an amount the one way reports write money: thousands separated by commas, the recorded decimals kept up to the fen
    /// (<c>17490915.56</c> → <c>17,490,915.56</c>; <c>82000</c> → <c>82,000</c>; <c>42141.5224</c> → <c>42,141.5224</c>); a value with
    /// more than four decimals, a quotient that does not end, is rounded to the fen (四舍五入: <c>29931.0344827</c> → <c>29,931.03</c>).
    /// A value that is not a number is written as recorded.
    /// </summary>
    /// <param name="value">The recorded (culture-invariant) amount.</param>
    /// <returns>The amount as reports write it.</returns>
    public static string FormatAmount(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!decimal.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal amount))
        {
            return value;
        }

        // A quotient that runs past four decimals (a double wage by paid days, a daily wage) is written to the fen, 四舍五入;
        // four or fewer (2 % of a payroll in fen) are exact and kept. The finding's argument and the typed outputs keep every digit.
        int dot = value.IndexOf('.', StringComparison.Ordinal);
        int scale = dot < 0 ? 0 : value.Length - dot - 1;
        if (scale > 4)
        {
            amount = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
            scale = 2;
        }

        return amount.ToString("N" + scale.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Fill(string template, IReadOnlyList<KeyValuePair<string, string>>? arguments, bool zh)
    {
        if (arguments is null || arguments.Count == 0 || template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var sb = new StringBuilder(template);
        foreach (KeyValuePair<string, string> a in arguments)
        {
            string text = a.Key switch
            {
                "region" when Union.Domain.Common.RegionCode.TryParse(a.Value, out Union.Domain.Common.RegionCode region, out _) => Reporting.RegionNames.Describe(region, zh),
                "parameter" when _entries.TryGetValue("value." + a.Value, out MessageEntry? label) => zh ? $"{label.Zh}（{a.Value}）" : $"{label.En} ({a.Value})",
                _ => IsAmount(template, a.Key, zh) ? FormatAmount(a.Value) : Localize(a.Value, zh),
            };
            sb.Replace("{" + a.Key + "}", text);
        }

        return sb.ToString();
    }
}

/// <summary>One message of the catalog (消息条目): its key, Chinese text and English text.</summary>
/// <param name="Key">The key: a rule code, or a code with a suffix such as <c>CC-REPLY.late</c>.</param>
/// <param name="Zh">The 简体中文 template.</param>
/// <param name="En">The English template.</param>
public sealed record MessageEntry(string Key, string Zh, string En);
