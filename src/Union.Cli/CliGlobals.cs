using System.CommandLine;

namespace Union.Cli;

/// <summary>The global options every command accepts.</summary>
internal sealed class CliGlobals
{
    public Option<string?> AsOf { get; } = new("--as-of") { Description = "The date to evaluate for (yyyy-MM-dd); today when absent.", Recursive = true };

    public Option<string?> Region { get; } = new("--region") { Description = "GB/T 2260 region code, e.g. 310000 (Shanghai); national when absent.", Recursive = true };

    public Option<string> Lang { get; } = new("--lang") { Description = "Language of the report: zh or en.", Recursive = true, DefaultValueFactory = _ => "zh" };

    public Option<string> Format { get; } = new("--format") { Description = "Output format: text or json.", Recursive = true, DefaultValueFactory = _ => "text" };

    public Option<string[]> Parameters { get; } = new("--parameters") { Description = "A parameter layer JSON file on top of the embedded ones (repeatable).", Recursive = true, AllowMultipleArgumentsPerToken = false };

    public Option<string[]> Holidays { get; } = new("--holidays") { Description = "A holiday-arrangement JSON file adding years to the embedded calendar (repeatable).", Recursive = true };

    public CliGlobals()
    {
        Lang.AcceptOnlyFromAmong("zh", "en");
        Format.AcceptOnlyFromAmong("text", "json");
    }

    public void AddTo(RootCommand root)
    {
        root.Options.Add(AsOf);
        root.Options.Add(Region);
        root.Options.Add(Lang);
        root.Options.Add(Format);
        root.Options.Add(Parameters);
        root.Options.Add(Holidays);
    }
}
