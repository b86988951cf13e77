using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using FluentValidation;
using FluentValidation.Results;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// Reads and writes Union documents (文档读写) through source-generated type information, turning every
/// malformed input into <see cref="ValidationIssue"/>s that name the JSON path; never throws for bad input.
/// </summary>
public static class UnionJson
{
    /// <summary>The largest document accepted, in characters of text or bytes of UTF-8 (16 MiB).</summary>
    public const int MaxDocumentLength = InputLimits.MaxDocumentBytes;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Options for JSON meant for people: indented, with Chinese characters written as themselves rather than <c>\uXXXX</c>.
    /// </summary>
    /// <param name="generated">The options of a source-generated context, copied so its generation settings are kept.</param>
    /// <returns>A copy of <paramref name="generated"/> with a CJK-friendly encoder.</returns>
    public static JsonSerializerOptions Readable(JsonSerializerOptions generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        return new JsonSerializerOptions(generated)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = true,
        };
    }

    /// <summary>
    /// Reads a document from JSON text and checks its structure with an optional validator.
    /// </summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="typeInfo">Source-generated type information for <typeparamref name="T"/>.</param>
    /// <param name="validator">Structural checks (a negative headcount), run only when the JSON was read.</param>
    /// <param name="source">A name for the source, e.g. the file name, copied into each issue.</param>
    /// <returns>The document, or the issues naming each bad field.</returns>
    public static DocumentResult<T> Read<T>(string? json, JsonTypeInfo<T> typeInfo, IValidator<T>? validator = null, string? source = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail<T>(ValidationIssue.Create("$", "document.empty", null, source));
        }

        if (json.Length > MaxDocumentLength)
        {
            return Fail<T>(ValidationIssue.Create("$", "document.tooLarge", InputMessages.Arguments(("limit", MaxDocumentLength)), source));
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            return Fail<T>(ValidationIssue.Create("$", "encoding.surrogate", InputMessages.Arguments(("index", ex.Index + 1)), source));
        }

        return Read(utf8, typeInfo, validator, source);
    }

    /// <summary>
    /// Reads a document from UTF-8 bytes (a byte order mark is allowed) and checks its structure with an optional validator.
    /// Bytes that are not UTF-8 are an issue giving their offset (and a hint when they look like GBK), never replaced.
    /// </summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8">The bytes of the JSON text.</param>
    /// <param name="typeInfo">Source-generated type information for <typeparamref name="T"/>.</param>
    /// <param name="validator">Structural checks, run only when the JSON was read.</param>
    /// <param name="source">A name for the source, e.g. the file name, copied into each issue.</param>
    /// <returns>The document, or the issues naming each bad field.</returns>
    public static DocumentResult<T> Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, IValidator<T>? validator = null, string? source = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (utf8.Length > MaxDocumentLength)
        {
            return Fail<T>(ValidationIssue.Create("$", "document.tooLarge", InputMessages.Arguments(("limit", MaxDocumentLength)), source));
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Fail<T>(ValidationIssue.Create("$", "encoding.utf16", null, source));
        }

        int bom = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        ReadOnlySpan<byte> text = utf8[bom..];
        if (text.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            return Fail<T>(ValidationIssue.Create("$", "document.empty", null, source));
        }

        if (Utf8Check.Find(text, bom) is { } encoding)
        {
            return Fail<T>(encoding with { Source = source });
        }

        List<JsonShape.Finding> shape = JsonShape.Check(text, typeInfo);
        if (shape.Count > 0)
        {
            var issues = new ValidationIssue[shape.Count];
            for (int i = 0; i < shape.Count; i++)
            {
                JsonShape.Finding f = shape[i];
                (long line, long column) = JsonShape.Position(text, f.Offset);
                issues[i] = ValidationIssue.Create(f.Path, f.Key, f.Arguments, source, line, column);
            }

            return DocumentResult.Failure<T>(issues);
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(text, typeInfo);
        }
        catch (JsonException ex)
        {
            return Fail<T>(FromJsonException(ex, text, source));
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return Fail<T>(ValidationIssue.Create("$", "value.invalid", InputMessages.Arguments(("detail", Clean(ex.Message))), source));
        }

        if (value is null)
        {
            return Fail<T>(ValidationIssue.Create("$", "document.null", null, source));
        }

        if (validator is not null)
        {
            ValidationResult result = validator.Validate(value);
            if (!result.IsValid)
            {
                ValidationIssue[] issues = result.Errors.Select(e => FromFailure(e, source)).ToArray();
                return DocumentResult.Failure<T>(WithPositions(issues, text, typeInfo.Options));
            }
        }

        return DocumentResult.Success(value);
    }

    /// <summary>
    /// Adds the line and column of each issue's JSON path in the source, where the path names a value of the document
    /// (issues of checks made after reading, such as a layer's or a validator's).
    /// </summary>
    /// <param name="issues">The issues.</param>
    /// <param name="utf8">The document's bytes.</param>
    /// <param name="options">The options the document was read with.</param>
    /// <returns>The issues, with positions where found.</returns>
    public static IReadOnlyList<ValidationIssue> WithPositions(IReadOnlyList<ValidationIssue> issues, ReadOnlySpan<byte> utf8, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(options);
        int bom = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        ReadOnlySpan<byte> text = utf8[bom..];
        Dictionary<string, long> offsets = JsonShape.Locate(text, options, issues.Select(i => i.Path).ToArray());
        var result = new ValidationIssue[issues.Count];
        for (int i = 0; i < issues.Count; i++)
        {
            ValidationIssue issue = issues[i];
            if (issue.Line is null && offsets.TryGetValue(issue.Path, out long offset))
            {
                (long line, long column) = JsonShape.Position(text, offset);
                issue = issue with { Line = line, Column = column };
            }

            result[i] = issue;
        }

        return result;
    }

    /// <summary>Converts a FluentValidation failure to an issue with a message key, so it renders in either language.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="source">The source's name.</param>
    /// <returns>The issue.</returns>
    public static ValidationIssue FromFailure(ValidationFailure failure, string? source)
    {
        ArgumentNullException.ThrowIfNull(failure);
        string path = ToJsonPath(failure.PropertyName);
        Dictionary<string, object> p = failure.FormattedMessagePlaceholderValues ?? [];
        object? Get(string name) => p.TryGetValue(name, out object? v) ? v : null;
        (string? key, (string, object?)[] args) = failure.ErrorCode switch
        {
            string code when InputMessages.Contains(code) => (code, p.Where(kv => kv.Key is not ("PropertyName" or "PropertyPath" or "PropertyValue")).Select(kv => (kv.Key, (object?)kv.Value)).ToArray()),
            "GreaterThanOrEqualValidator" => ("rule.atLeast", new (string, object?)[] { ("min", Get("ComparisonValue")) }),
            "LessThanOrEqualValidator" => ("rule.atMost", new (string, object?)[] { ("max", Get("ComparisonValue")) }),
            "GreaterThanValidator" => ("rule.moreThan", new (string, object?)[] { ("min", Get("ComparisonValue")) }),
            "InclusiveBetweenValidator" => ("rule.between", new (string, object?)[] { ("min", Get("From")), ("max", Get("To")) }),
            "NotEmptyValidator" => ("rule.notEmpty", []),
            "NotNullValidator" => ("rule.required", []),
            _ => (null, []),
        };
        return key is null
            ? ValidationIssue.Create(path, "value.invalid", InputMessages.Arguments(("detail", failure.ErrorMessage)), source)
            : ValidationIssue.Create(path, key, InputMessages.Arguments(args), source);
    }

    private static DocumentResult<T> Fail<T>(ValidationIssue issue)
        where T : class => DocumentResult.Failure<T>([issue]);

    /// <summary>Writes a document as JSON through source-generated type information.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="value">The document.</param>
    /// <param name="typeInfo">Source-generated type information.</param>
    /// <returns>The JSON text.</returns>
    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    /// <summary>
    /// Converts a FluentValidation property chain (<c>Negotiators[2].Side</c>) to a JSON path (<c>$.negotiators[2].side</c>).
    /// </summary>
    /// <param name="propertyName">The property chain; empty for the root.</param>
    /// <returns>The JSON path.</returns>
    public static string ToJsonPath(string? propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return "$";
        }

        var parts = propertyName.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            string p = parts[i];
            int bracket = p.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? p : p[..bracket];
            string rest = bracket < 0 ? string.Empty : p[bracket..];
            parts[i] = JsonNamingPolicy.CamelCase.ConvertName(name) + rest;
        }

        return "$." + string.Join('.', parts);
    }

    internal static ValidationIssue FromJsonException(JsonException ex, ReadOnlySpan<byte> text, string? source)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        long? line = null, column = null;
        if (ex.LineNumber is { } l && ex.BytePositionInLine is { } b)
        {
            (line, column) = JsonShape.Position(text, l, b);
        }

        return ex is InputJsonException input
            ? ValidationIssue.Create(path, input.Key, input.Arguments, source, line, column)
            : ValidationIssue.Create(path, "value.invalid", InputMessages.Arguments(("detail", Clean(ex.Message))), source, line, column);
    }

    private static string Clean(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        string m = (cut >= 0 ? message[..cut] : message).Trim();
        const string NotConverted = "The JSON value could not be converted to ";
        if (m.StartsWith(NotConverted, StringComparison.Ordinal))
        {
            string type = m[NotConverted.Length..].TrimEnd('.');
            return $"The value here has the wrong type or shape (expected {Describe(type)}).";
        }

        return m.Replace("System.", string.Empty, StringComparison.Ordinal);
    }

    private static string Describe(string clrType)
    {
        string t = clrType.Replace("System.", string.Empty, StringComparison.Ordinal);
        if (t.Contains("Dictionary", StringComparison.Ordinal))
        {
            return "an object";
        }

        if (t.Contains("List", StringComparison.Ordinal) || t.Contains("Enumerable", StringComparison.Ordinal) || t.EndsWith("[]", StringComparison.Ordinal))
        {
            return "an array";
        }

        int dot = t.LastIndexOf('.');
        string name = dot >= 0 ? t[(dot + 1)..] : t;
        return name switch
        {
            "Int32" or "Int64" or "Decimal" or "Double" => "a number",
            "String" => "a string",
            "Boolean" => "true or false",
            _ when name.StartsWith("Nullable", StringComparison.Ordinal) => "a value or null",
            _ => "a " + name + " object or value",
        };
    }
}
