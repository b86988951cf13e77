namespace Union.Domain.Validation;

/// <summary>
/// One reason an input was rejected (输入错误): the JSON path of the offending field, e.g.
/// <c>$.negotiators[2].side</c>, and a message in English that names the problem.
/// </summary>
/// <param name="Path">The JSON path of the field (<c>$</c> for the whole document).</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="Line">The 1-based line in the source text, when known.</param>
/// <param name="Source">The name of the source (a file name), when known.</param>
public sealed record ValidationIssue(string Path, string Message, long? Line = null, string? Source = null)
{
    /// <summary>Renders the issue as <c>file: $.path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string where = Source is null ? Path : $"{Source}: {Path}";
        string line = Line is { } l ? $" (line {l})" : string.Empty;
        return $"{where}{line}: {Message}";
    }
}
