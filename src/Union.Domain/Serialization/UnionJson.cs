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
    /// <summary>The largest document accepted, in characters (16 MiB).</summary>
    public const int MaxDocumentLength = 16 * 1024 * 1024;

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
            return DocumentResult.Failure<T>([new ValidationIssue("$", "The document is empty.", null, source)]);
        }

        if (json.Length > MaxDocumentLength)
        {
            return DocumentResult.Failure<T>([new ValidationIssue("$", $"The document is larger than {MaxDocumentLength} characters.", null, source)]);
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            return DocumentResult.Failure<T>([FromJsonException(ex, source)]);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return DocumentResult.Failure<T>([new ValidationIssue("$", Clean(ex.Message), null, source)]);
        }

        if (value is null)
        {
            return DocumentResult.Failure<T>([new ValidationIssue("$", "The document is null; expected an object.", null, source)]);
        }

        if (validator is not null)
        {
            ValidationResult result = validator.Validate(value);
            if (!result.IsValid)
            {
                return DocumentResult.Failure<T>(result.Errors.Select(e => new ValidationIssue(ToJsonPath(e.PropertyName), e.ErrorMessage, null, source)).ToArray());
            }
        }

        return DocumentResult.Success(value);
    }

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

    internal static ValidationIssue FromJsonException(JsonException ex, string? source)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        long? line = ex.LineNumber is { } l ? l + 1 : null;
        return new ValidationIssue(path, Clean(ex.Message), line, source);
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
