using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Cli;

/// <summary>What a command runs with: the date, the profile with the caller's layers, the language, the format and the writers.</summary>
internal sealed class CliContext
{
    private CliContext(LocalDate asOf, JurisdictionProfile profile, CultureInfo culture, bool json, TextWriter output, TextWriter error)
    {
        AsOf = asOf;
        Profile = profile;
        Culture = culture;
        Json = json;
        Output = output;
        Error = error;
    }

    public LocalDate AsOf { get; }

    public JurisdictionProfile Profile { get; }

    public CultureInfo Culture { get; }

    public bool Chinese => Messages.IsChinese(Culture);

    public bool Json { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Resolves the global options; on bad input writes the problems and returns null.</summary>
    public static CliContext? Resolve(ParseResult parse, CliGlobals g, TextWriter output, TextWriter error)
    {
        CultureInfo culture = CliLanguage.For(parse.GetValue(g.Lang));
        bool chinese = Messages.IsChinese(culture);
        LocalDate asOf;
        string? asOfText = parse.GetValue(g.AsOf);
        if (asOfText is null)
        {
            asOf = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        }
        else
        {
            ParseResult<LocalDate> d = LocalDatePattern.Iso.Parse(asOfText);
            if (!d.Success)
            {
                error.WriteLine($"--as-of: '{asOfText}' is not a date in the form yyyy-MM-dd.");
                return null;
            }

            asOf = d.Value;
            if (asOf < InputLimits.MinDate || asOf > InputLimits.MaxDate)
            {
                error.WriteLine($"--as-of: '{asOfText}' is outside {InputLimits.MinDate:yyyy-MM-dd} to {InputLimits.MaxDate:yyyy-MM-dd}.");
                return null;
            }
        }

        JurisdictionProfile profile = JurisdictionProfile.National;
        string? regionText = parse.GetValue(g.Region);
        if (regionText is not null)
        {
            if (!RegionCode.TryParse(regionText, out RegionCode region, out string? regionError))
            {
                error.WriteLine($"--region: {regionError}");
                return null;
            }

            profile = JurisdictionProfile.For(region);
        }

        var layers = new List<ParameterLayer>();
        foreach (string file in parse.GetValue(g.Parameters) ?? [])
        {
            if (!CliFiles.TryReadBytes(file, error, chinese, out byte[]? bytes))
            {
                return null;
            }

            DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(bytes, file);
            if (!layer.IsValid)
            {
                CliFiles.WriteIssues(error, layer.Issues, culture);
                return null;
            }

            layers.Add(layer.Value);
        }

        if (layers.Count > 0)
        {
            profile = profile.WithLayers(layers);
        }

        foreach (string file in parse.GetValue(g.Holidays) ?? [])
        {
            if (!CliFiles.TryReadBytes(file, error, chinese, out byte[]? bytes))
            {
                return null;
            }

            DocumentResult<Union.Rules.Calendar.HolidayCalendar> calendar = Union.Rules.Calendar.HolidayCalendar.Parse(bytes, file);
            if (!calendar.IsValid)
            {
                CliFiles.WriteIssues(error, calendar.Issues, culture);
                return null;
            }

            profile = profile.WithCalendar(calendar.Value);
        }

        return new CliContext(asOf, profile, culture, parse.GetValue(g.Format) == "json", output, error);
    }

    /// <summary>Reads a document file's bytes; on failure writes why (in the output language) and returns false.</summary>
    public bool TryReadFile(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? bytes) =>
        CliFiles.TryReadBytes(path, Error, Chinese, out bytes);

    /// <summary>Writes a document's issues in the output language.</summary>
    public void WriteIssues(IEnumerable<ValidationIssue> issues) => CliFiles.WriteIssues(Error, issues, Culture);

    /// <summary>Picks the Chinese or English text.</summary>
    public string T(string zh, string en) => Chinese ? zh : en;

    /// <summary>Writes JSON through a source-generated type with Chinese characters unescaped.</summary>
    public void WriteJson<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        Output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
    }
}
