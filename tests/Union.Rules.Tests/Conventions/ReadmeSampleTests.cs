using System.Text.RegularExpressions;

namespace Union.Rules.Tests.Conventions;

/// <summary>The README shows the consumer project's samples exactly (CI builds and runs the consumer against the packages).</summary>
public sealed partial class ReadmeSampleTests
{
    private static string Root()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Union.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Union.sln not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("profiles", "Profiles.cs")]
    [InlineData("contract", "ContractCheck.cs")]
    [InlineData("screening", "Screening.cs")]
    public void The_readme_shows_the_sample_as_the_consumer_compiles_it(string name, string file)
    {
        string root = Root();
        string source = File.ReadAllText(Path.Combine(root, "tests", "consumer", "Union.Consumer", "Samples", file)).ReplaceLineEndings("\n");
        Match code = Regex.Match(source, "// sample: " + name + "\n(.*?)\n\\s*// end sample", RegexOptions.Singleline);
        Assert.True(code.Success, file + " has no sample block");
        string[] lines = code.Groups[1].Value.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        string body = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        string usings = string.Join('\n', source.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + usings + "\n\n" + body + "\n```", readme, StringComparison.Ordinal);
    }
}
