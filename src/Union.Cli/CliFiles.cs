using System.Globalization;
using Union.Domain.Validation;

namespace Union.Cli;

/// <summary>Reading input files and reporting their problems, each kind with its own message.</summary>
internal static class CliFiles
{
    /// <summary>The largest input document read, in bytes (16 MiB, the readers' limit).</summary>
    public const long MaxFileBytes = InputLimits.MaxDocumentBytes;

    /// <summary>
    /// Reads a file's bytes; on failure writes a message naming the file and the reason (a directory, no such file, a file
    /// over <see cref="MaxFileBytes"/>, no permission, another I/O error) and returns false.
    /// </summary>
    public static bool TryReadBytes(string path, TextWriter error, bool chinese, out byte[]? bytes)
    {
        bytes = null;
        if (!CheckFile(path, error, chinese, MaxFileBytes))
        {
            return false;
        }

        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            WriteCannotRead(path, error, chinese, ex);
            return false;
        }
    }

    /// <summary>Checks that a path names a readable file no larger than <paramref name="maxBytes"/>; on failure writes why.</summary>
    public static bool CheckFile(string path, TextWriter error, bool chinese, long? maxBytes)
    {
        try
        {
            if (Directory.Exists(path))
            {
                error.WriteLine(chinese ? $"{path}：这是一个目录，不是文件。" : $"{path}: is a directory, not a file.");
                return false;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error.WriteLine(chinese ? $"{path}：找不到文件。" : $"{path}: file not found.");
                return false;
            }

            if (maxBytes is { } max && info.Length > max)
            {
                error.WriteLine(chinese
                    ? string.Create(CultureInfo.InvariantCulture, $"{path}：文件有 {info.Length} 字节，超过上限 16 MiB（{max} 字节）。")
                    : string.Create(CultureInfo.InvariantCulture, $"{path}: the file is {info.Length} bytes; the largest accepted is 16 MiB ({max} bytes)."));
                return false;
            }

            using FileStream probe = File.OpenRead(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            WriteCannotRead(path, error, chinese, ex);
            return false;
        }
    }

    /// <summary>Writes each issue as <c>file: $.path (line l, column c): message</c> in the culture's language.</summary>
    public static void WriteIssues(TextWriter error, IEnumerable<ValidationIssue> issues, CultureInfo culture)
    {
        foreach (ValidationIssue issue in issues)
        {
            error.WriteLine(issue.ToString(culture));
        }
    }

    private static void WriteCannotRead(string path, TextWriter error, bool chinese, Exception ex)
    {
        if (ex is UnauthorizedAccessException)
        {
            error.WriteLine(chinese ? $"{path}：没有读取权限。" : $"{path}: permission denied (the file cannot be read).");
        }
        else
        {
            error.WriteLine(chinese ? $"{path}：无法读取（{ex.Message}）。" : $"{path}: cannot be read ({ex.Message}).");
        }
    }
}
