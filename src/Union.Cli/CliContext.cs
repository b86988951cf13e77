using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Cli.Serialization;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Cli;

/// <summary>What a command runs with: the date, the profile with the caller's layers, the language, the format and the writers.</summary>
internal sealed class CliContext
{
    private readonly RegionCode? _region;
    private readonly IReadOnlyList<(string File, ParameterLayer Layer)> _layers;
    private readonly IReadOnlyList<HolidayCalendar> _calendars;

    private CliContext(LocalDate asOf, bool asOfGiven, RegionCode? region, IReadOnlyList<(string File, ParameterLayer Layer)> layers, IReadOnlyList<HolidayCalendar> calendars, CultureInfo culture, bool json, TextWriter output, TextWriter error)
    {
        AsOf = asOf;
        AsOfGiven = asOfGiven;
        _region = region;
        _layers = layers;
        _calendars = calendars;
        Culture = culture;
        Json = json;
        Output = output;
        Error = error;
        Profile = Build(region);
    }

    public LocalDate AsOf { get; }

    /// <summary>Gets whether <c>--as-of</c> was given (otherwise <see cref="AsOf"/> is today in Asia/Shanghai).</summary>
    public bool AsOfGiven { get; }

    /// <summary>Gets the profile of <c>--region</c> (national without it), with the caller's layers and holiday files.</summary>
    public JurisdictionProfile Profile { get; }

    /// <summary>Gets the region given with <c>--region</c>, if any.</summary>
    public RegionCode? RegionOption => _region;

    public CultureInfo Culture { get; }

    public bool Chinese => Messages.IsChinese(Culture);

    public bool Json { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public static CliContext? Resolve(ParseResult parse, CliGlobals g, TextWriter output, TextWriter error)
    {
        bool json = parse.GetValue(g.Format) == "json";
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
                WriteErrors(error, json, culture, [new ValidationIssue("--as-of", $"'{asOfText}' is not a date in the form yyyy-MM-dd.")]);
                return null;
            }

            asOf = d.Value;
            if (asOf < InputLimits.MinDate || asOf > InputLimits.MaxDate)
            {
                WriteErrors(error, json, culture, [new ValidationIssue("--as-of", $"'{asOfText}' is outside {LocalDatePattern.Iso.Format(InputLimits.MinDate)} to {LocalDatePattern.Iso.Format(InputLimits.MaxDate)}.")]);
                return null;
            }
        }

        RegionCode? region = null;
        string? regionText = parse.GetValue(g.Region);
        if (regionText is not null)
        {
            if (!RegionCode.TryParse(regionText, out RegionCode r, out string? regionError))
            {
                WriteErrors(error, json, culture, [new ValidationIssue("--region", regionError ?? "not a region code")]);
                return null;
            }

            region = r;
        }

        var layers = new List<(string, ParameterLayer)>();
        foreach (string file in parse.GetValue(g.Parameters) ?? [])
        {
            if (!CliFiles.TryReadBytes(file, error, chinese, out byte[]? bytes))
            {
                return null;
            }

            DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(bytes, file);
            if (!layer.IsValid)
            {
                WriteErrors(error, json, culture, layer.Issues);
                return null;
            }

            layers.Add((file, layer.Value));
        }

        var calendars = new List<HolidayCalendar>();
        foreach (string file in parse.GetValue(g.Holidays) ?? [])
        {
            if (!CliFiles.TryReadBytes(file, error, chinese, out byte[]? bytes))
            {
                return null;
            }

            DocumentResult<HolidayCalendar> calendar = HolidayCalendar.Parse(bytes, file);
            if (!calendar.IsValid)
            {
                WriteErrors(error, json, culture, calendar.Issues);
                return null;
            }

            calendars.Add(calendar.Value);
        }

        var context = new CliContext(asOf, asOfText is not null, region, layers, calendars, culture, json, output, error);
        if (region is { } given && context.UnusedLayer(given) is { } unused)
        {
            WriteErrors(error, json, culture, [new ValidationIssue("$.region", $"the layer applies to region {unused.Layer.Region} only, not to {given}: it would be ignored", null, unused.File)]);
            return null;
        }

        return context;
    }

    /// <summary>
    /// The profile for a document: the document's region, or <c>--region</c> when given (it wins, and a note on standard error
    /// says so when the two differ); then every caller layer and holiday file. A caller layer that would not apply to that
    /// region is invalid input: a figure the caller supplied is never silently ignored.
    /// </summary>
    public bool TryProfileFor(RegionCode? documentRegion, string file, out JurisdictionProfile profile)
    {
        RegionCode? region = _region ?? documentRegion;
        if (_region is { } given && documentRegion is { } own && given != own)
        {
            Error.WriteLine(T(
                $"注意：--region {given} 取代文件 {file} 所载地区 {own}。",
                $"note: --region {given} overrides the region {own} of {file}."));
        }

        profile = Build(region);
        if (region is { } r && UnusedLayer(r) is { } unused)
        {
            WriteErrors(Error, Json, Culture, [new ValidationIssue("$.region", $"the layer applies to region {unused.Layer.Region} only, but {file} is reviewed under {r}: it would be ignored", null, unused.File)]);
            return false;
        }

        return true;
    }

    /// <summary>Writes invalid-input issues (text lines, or one JSON object under <c>--format json</c>) and returns exit code 2.</summary>
    public int Invalid(IEnumerable<ValidationIssue> issues)
    {
        WriteErrors(Error, Json, Culture, issues);
        return ExitCodes.InvalidInput;
    }

    public string T(string zh, string en) => Chinese ? zh : en;

    public void WriteJson<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        Output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
    }

    internal static void WriteErrors(TextWriter error, bool json, CultureInfo culture, IEnumerable<ValidationIssue> issues)
    {
        if (!json)
        {
            CliFiles.WriteIssues(error, issues, culture);
            return;
        }

        var errors = new CliErrors([.. issues.Select(i => new CliError(i.Source, i.Path, i.Line, i.Render(culture)))]);
        error.WriteLine(JsonSerializer.Serialize(errors, CliJsonContext.Readable.CliErrors));
    }

    private (string File, ParameterLayer Layer)? UnusedLayer(RegionCode region)
    {
        foreach ((string File, ParameterLayer Layer) l in _layers)
        {
            if (l.Layer.Region is { } r && !region.IsWithin(r))
            {
                return l;
            }
        }

        return null;
    }

    private JurisdictionProfile Build(RegionCode? region)
    {
        JurisdictionProfile profile = region is { } r ? JurisdictionProfile.For(r) : JurisdictionProfile.National;
        if (_layers.Count > 0)
        {
            profile = profile.WithLayers(_layers.Select(l => l.Layer));
        }

        foreach (HolidayCalendar calendar in _calendars)
        {
            profile = profile.WithCalendar(calendar);
        }

        return profile;
    }
}
