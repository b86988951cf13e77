using System.Text;

namespace Union.Rules.Engine;

/// <summary>Chinese numerals for article numbers (中文数字): 38 → 三十八, 101 → 一百零一.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Formats a number from 0 to 9999 the way statutes number their articles.</summary>
    /// <param name="value">The number, 0 to 9999.</param>
    /// <returns>The Chinese numeral, e.g. 十 for 10, 二十 for 20, 一千二百五十九 for 1259.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 0 to 9999.</exception>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);
        if (value == 0)
        {
            return "零";
        }

        if (value < 20 && value >= 10)
        {
            return value == 10 ? "十" : "十" + Digits[value - 10];
        }

        var sb = new StringBuilder();
        int[] units = [1000, 100, 10, 1];
        string[] names = ["千", "百", "十", string.Empty];
        bool pendingZero = false;
        bool started = false;
        for (int i = 0; i < units.Length; i++)
        {
            int digit = value / units[i] % 10;
            if (digit == 0)
            {
                pendingZero = started;
                continue;
            }

            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }

            sb.Append(Digits[digit]).Append(names[i]);
            started = true;
        }

        return sb.ToString();
    }

    /// <summary>Reads a Chinese numeral from 一 to 九千九百九十九 (十五, 二十三, 一百零五, 四十).</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text is such a numeral.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        int total = 0;
        int digit = -1;
        foreach (char c in text)
        {
            int d = Digits.IndexOf(c, StringComparison.Ordinal);
            if (c == '〇')
            {
                d = 0;
            }

            if (d >= 0)
            {
                digit = d;
                continue;
            }

            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        value = total + (digit < 0 ? 0 : digit);
        return value > 0;
    }
}
