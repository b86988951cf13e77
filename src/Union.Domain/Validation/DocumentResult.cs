using System.Diagnostics.CodeAnalysis;

namespace Union.Domain.Validation;

/// <summary>
/// The outcome of reading a document (文档读取结果): either the value, or the issues that name each bad field.
/// Reading never throws for bad input.
/// </summary>
/// <typeparam name="T">The document type.</typeparam>
public sealed class DocumentResult<T>
    where T : class
{
    internal DocumentResult(T? value, IReadOnlyList<ValidationIssue> issues)
    {
        Value = value;
        Issues = issues;
    }

    /// <summary>Gets the document, when it was valid.</summary>
    public T? Value { get; }

    /// <summary>Gets the issues; empty when the document is valid.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Gets whether the document was read and is structurally valid.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && Issues.Count == 0;
}

/// <summary>Creates <see cref="DocumentResult{T}"/> values (文档读取结果).</summary>
public static class DocumentResult
{
    /// <summary>A valid result.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="value">The document.</param>
    /// <returns>The result.</returns>
    public static DocumentResult<T> Success<T>(T value)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    /// <summary>A rejected result.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="issues">At least one issue.</param>
    /// <returns>The result.</returns>
    public static DocumentResult<T> Failure<T>(IReadOnlyList<ValidationIssue> issues)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(issues);
        if (issues.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one issue.", nameof(issues));
        }

        return new(null, issues);
    }
}
