using Union.Domain.Validation;

namespace Union.Cli;

/// <summary>Reading input files and reporting their problems.</summary>
internal static class CliFiles
{
    /// <summary>Reads a text file; on failure writes a message naming the file and returns false.</summary>
    public static bool TryReadText(string path, TextWriter error, out string? text)
    {
        text = null;
        try
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"{path}: file not found.");
                return false;
            }

            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{path}: cannot be read ({ex.Message}).");
            return false;
        }
    }

    /// <summary>Writes each issue as <c>file: $.path (line n): message</c>.</summary>
    public static void WriteIssues(TextWriter error, IEnumerable<ValidationIssue> issues)
    {
        foreach (ValidationIssue issue in issues)
        {
            error.WriteLine(issue.ToString());
        }
    }
}
