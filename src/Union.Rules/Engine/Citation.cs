using System.Globalization;
using System.Text;

namespace Union.Rules.Engine;

/// <summary>
/// Where a rule or a number comes from (法律依据): an instrument and, where there is one, the article (条),
/// paragraph (款) and item (项). Rendered as 《集体合同规定》第三十八条 or "Provisions on Collective Contracts, art. 38".
/// </summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Article">The article number (条), when the citation names one.</param>
/// <param name="Paragraph">The paragraph number (款), when the citation names one.</param>
/// <param name="Item">The item number (项), when the citation names one.</param>
public sealed record Citation(LegalInstrument Instrument, int? Article = null, int? Paragraph = null, int? Item = null)
{
    /// <summary>Renders the citation in Chinese, e.g. 《集体合同规定》第三十八条第二款.</summary>
    /// <returns>The text.</returns>
    public string ToChinese()
    {
        var sb = new StringBuilder().Append('《').Append(Instrument.Title).Append('》');
        if (Article is { } a)
        {
            sb.Append('第').Append(ChineseNumerals.Format(a)).Append('条');
        }

        if (Paragraph is { } p)
        {
            sb.Append('第').Append(ChineseNumerals.Format(p)).Append('款');
        }

        if (Item is { } i)
        {
            sb.Append("第（").Append(ChineseNumerals.Format(i)).Append("）项");
        }

        return sb.ToString();
    }

    /// <summary>Renders the citation in English, e.g. "Provisions on Collective Contracts, art. 38(2)(1)".</summary>
    /// <returns>The text.</returns>
    public string ToEnglish()
    {
        var sb = new StringBuilder(Instrument.TitleEn);
        if (Article is { } a)
        {
            sb.Append(", art. ").Append(a.ToString(CultureInfo.InvariantCulture));
            if (Paragraph is { } p)
            {
                sb.Append('(').Append(p.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            if (Item is { } i)
            {
                sb.Append('(').Append(i.ToString(CultureInfo.InvariantCulture)).Append(')');
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders the citation in the language of <paramref name="culture"/>: Chinese for zh cultures, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public string Render(CultureInfo? culture = null) => Messages.IsChinese(culture) ? ToChinese() : ToEnglish();

    /// <summary>The Chinese rendering.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToChinese();

    /// <summary>
    /// Reads the citation a parameter's source names: a known instrument's title (<see cref="Instruments.FindByTitle"/>),
    /// optionally a version in brackets, then <c>第七条</c>, optionally <c>第二款</c> and <c>第（三）项</c>; e.g.
    /// <c>浙江省集体合同条例 第七条</c>.
    /// </summary>
    /// <param name="source">The source text.</param>
    /// <param name="citation">The citation, when the source names a known instrument and an article.</param>
    /// <returns>Whether it does.</returns>
    public static bool TryParse(string? source, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Citation? citation)
    {
        citation = null;
        if (string.IsNullOrEmpty(source) || Instruments.FindByTitle(source) is not { } instrument)
        {
            return false;
        }

        ReadOnlySpan<char> rest = source.AsSpan(instrument.Title.Length).TrimStart();
        if (rest.StartsWith("（", StringComparison.Ordinal) && rest.IndexOf('）') is var close and > 0)
        {
            rest = rest[(close + 1)..].TrimStart();
        }

        if (!TryNumber(ref rest, "第", "条", out int article))
        {
            return false;
        }

        int? paragraph = TryNumber(ref rest, "第", "款", out int p) ? p : null;
        int? item = TryNumber(ref rest, "第（", "）项", out int i) ? i : null;
        citation = new Citation(instrument, article, paragraph, item);
        return true;
    }

    private static bool TryNumber(ref ReadOnlySpan<char> text, string before, string after, out int value)
    {
        value = 0;
        if (!text.StartsWith(before, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> body = text[before.Length..];
        int end = body.IndexOf(after, StringComparison.Ordinal);
        if (end <= 0 || !ChineseNumerals.TryParse(body[..end], out value))
        {
            return false;
        }

        text = body[(end + after.Length)..];
        return true;
    }
}
