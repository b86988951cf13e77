using System.Text;
using System.Text.Unicode;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// Checks that a document is UTF-8 (编码检查): the first invalid byte is reported with its offset and line, with a hint
/// when the bytes read as GBK (GB 2312 / GBK / GB 18030, decoded by the code-page encodings of the shared framework); a
/// replacement character U+FFFD, the mark of an earlier lossy decoding, is reported too.
/// </summary>
internal static class Utf8Check
{
    private static readonly Lazy<Encoding?> Gbk = new(() =>
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    });

    /// <summary>The problem with the encoding of <paramref name="text"/>, or <see langword="null"/> when it is clean UTF-8.</summary>
    /// <param name="text">The bytes after any byte order mark.</param>
    /// <param name="skipped">The length of the byte order mark, added to reported offsets.</param>
    internal static ValidationIssue? Find(ReadOnlySpan<byte> text, int skipped)
    {
        if (!Utf8.IsValid(text))
        {
            int offset = FirstInvalid(text);
            (long line, long column) = JsonShape.Position(text, offset);
            string key = LooksLikeGbk(text) ? "encoding.gbk" : "encoding.invalidUtf8";
            return ValidationIssue.Create(
                "$",
                key,
                InputMessages.Arguments(("byte", text[offset].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)), ("offset", offset + skipped), ("line", line)),
                null,
                line,
                column);
        }

        int replacement = text.IndexOf("\uFFFD"u8);
        if (replacement >= 0)
        {
            (long line, long column) = JsonShape.Position(text, replacement);
            return ValidationIssue.Create("$", "encoding.replacement", null, null, line, column);
        }

        return null;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf8(text[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return Math.Max(0, text.Length - 1);
    }

    /// <summary>
    /// Whether the bytes look like GBK: fewer of their multi-byte sequences are valid UTF-8 than invalid (a UTF-8 file with a
    /// stray byte is not GBK), and they decode as GBK without error into text holding Chinese characters.
    /// </summary>
    private static bool LooksLikeGbk(ReadOnlySpan<byte> text)
    {
        if (Gbk.Value is not { } gbk)
        {
            return false;
        }

        int valid = 0, invalid = 0;
        for (int i = 0; i < text.Length;)
        {
            if (text[i] < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(text[i..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                valid++;
                i += consumed;
            }
            else
            {
                invalid++;
                i += Math.Max(1, consumed);
            }
        }

        if (valid >= invalid)
        {
            return false;
        }

        try
        {
            string decoded = gbk.GetString(text);
            return decoded.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
