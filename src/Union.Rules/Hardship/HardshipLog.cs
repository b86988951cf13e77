using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// Every hardship parameter read once for a (profile, date) (困难认定参数快照): for each, whether a value is in force, the
/// reading, and the value converted as <see cref="RuleContext.TryRead{T}(Parameter{T}, out T, out ParameterReading, LocalDate?)"/>
/// converts it. Immutable; shared between threads.
/// </summary>
internal sealed class HardshipParameterCache
{
    private readonly Slot[] _slots;

    private HardshipParameterCache(JurisdictionProfile profile, LocalDate asOf)
    {
        Profile = profile;
        AsOf = asOf;
        IReadOnlyList<Parameter> all = HardshipParameters.All;
        _slots = new Slot[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            ref Slot s = ref _slots[i];
            if (!profile.TryGet(all[i].Name, asOf, out ParameterReading reading))
            {
                continue;
            }

            s.Reading = reading;
            switch (all[i])
            {
                case Parameter<decimal> number:
                    s.Converted = number.TryConvert(reading, out s.Number);
                    break;
                case Parameter<Ratio> ratio:
                    s.Converted = ratio.TryConvert(reading, out s.Ratio);
                    break;
                case Parameter<IReadOnlyList<string>> list:
                    s.Converted = list.TryConvert(reading, out IReadOnlyList<string> names);
                    s.List = names;
                    s.Known = HardshipParameterIds.KnownNames(i);
                    s.MaskOk = s.Converted && s.Known is not null && HardshipMath.TryMask(names, s.Known, out s.Mask, out _);
                    break;
            }
        }
    }

    /// <summary>Gets the profile.</summary>
    public JurisdictionProfile Profile { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Reads every hardship parameter of a profile for a date.</summary>
    public static HardshipParameterCache For(JurisdictionProfile profile, LocalDate asOf) => new(profile, asOf);

    /// <summary>Gets a parameter's slot by id (<see cref="HardshipParameterIds"/>).</summary>
    public ref readonly Slot this[int id] => ref _slots[id];

    /// <summary>A parameter read: the reading (none when not in force) and the converted value.</summary>
    internal struct Slot
    {
        /// <summary>The reading, when a value is in force.</summary>
        public ParameterReading? Reading;

        /// <summary>Whether the reading converted to the handle's type.</summary>
        public bool Converted;

        /// <summary>A number's value.</summary>
        public decimal Number;

        /// <summary>A ratio's value.</summary>
        public Ratio Ratio;

        /// <summary>A list's value.</summary>
        public IReadOnlyList<string>? List;

        /// <summary>The names a list's mask is over.</summary>
        public string[]? Known;

        /// <summary>A list's mask over <see cref="Known"/>.</summary>
        public int Mask;

        /// <summary>Whether every name of the list is in <see cref="Known"/>.</summary>
        public bool MaskOk;
    }
}

/// <summary>The operations a <see cref="HardshipLog"/> records, each replayed as one <see cref="RuleContext"/> call.</summary>
internal enum LogOp : byte
{
    /// <summary>A rule starts (its index in the built-in rules).</summary>
    RuleStart,
    FactText,
    FactNumber,
    FactDate,
    Output,
    ReadNumber,
    ReadRatio,
    ReadMask,
    Compare,
    CompareDates,
    Inform,
    Fail,
    MissingInput,
    PrerequisiteMissing,
    ReportStale,
    StaleStandard,
    Pass,
    NotApplicable,
}

/// <summary>
/// The compact record of one evaluation of the built-in hardship rules (困难认定记录): one entry per thing a rule recorded (a
/// fact, an output, a parameter read, a comparison, a finding with its message key and typed arguments), in order, in
/// reusable arrays. Nothing is formatted while recording; <see cref="Materialize"/> replays the entries into
/// <see cref="RuleContext"/>, which formats and builds the same findings, outputs and explanation tree the general engine
/// builds. Not thread-safe: one log serves one evaluation at a time.
/// </summary>
internal sealed class HardshipLog
{
    private Entry[] _entries;
    private Arg[] _args;
    private int _count;
    private int _argCount;

    /// <summary>Initializes an empty log.</summary>
    /// <param name="capacity">The entries to make room for.</param>
    public HardshipLog(int capacity = 128)
    {
        _entries = new Entry[capacity];
        _args = new Arg[capacity];
    }

    private HardshipLog(Entry[] entries, Arg[] args, HardshipParameterCache cache, bool tracing)
    {
        _entries = entries;
        _args = args;
        _count = entries.Length;
        _argCount = args.Length;
        Cache = cache;
        IsTracing = tracing;
    }

    /// <summary>Gets the parameters read for this evaluation.</summary>
    public HardshipParameterCache Cache { get; private set; } = null!;

    /// <summary>Gets whether the explanation is recorded.</summary>
    public bool IsTracing { get; private set; }

    /// <summary>Gets the number of entries recorded.</summary>
    public int Count => _count;

    /// <summary>Starts a new evaluation, dropping the entries of the last one.</summary>
    public void Begin(HardshipParameterCache cache, bool tracing)
    {
        Cache = cache;
        IsTracing = tracing;
        _count = 0;
        _argCount = 0;
    }

    /// <summary>A copy that owns exactly the entries recorded (for an assessment that outlives the buffer).</summary>
    public HardshipLog Copy() => new(_entries.AsSpan(0, _count).ToArray(), _args.AsSpan(0, _argCount).ToArray(), Cache, IsTracing);

    /// <summary>Adds an entry and returns it for filling in.</summary>
    internal ref Entry Add(LogOp op)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        ref Entry e = ref _entries[_count++];
        e.Op = op;
        return ref e;
    }

    /// <summary>Adds the named arguments given to the entry.</summary>
    internal void AddArgs(ref Entry entry, in Arg a, in Arg b, in Arg c, in Arg d, in Arg e, in Arg f)
    {
        int n = a.Name is null ? 0 : b.Name is null ? 1 : c.Name is null ? 2 : d.Name is null ? 3 : e.Name is null ? 4 : f.Name is null ? 5 : 6;
        if (_argCount + n > _args.Length)
        {
            Array.Resize(ref _args, Math.Max(_args.Length * 2, _argCount + n));
        }

        entry.ArgStart = _argCount;
        entry.ArgCount = (byte)n;
        Span<Arg> to = _args.AsSpan(_argCount, n);
        if (n > 0)
        {
            to[0] = a;
        }

        if (n > 1)
        {
            to[1] = b;
        }

        if (n > 2)
        {
            to[2] = c;
        }

        if (n > 3)
        {
            to[3] = d;
        }

        if (n > 4)
        {
            to[4] = e;
        }

        if (n > 5)
        {
            to[5] = f;
        }

        _argCount += n;
    }

    /// <summary>
    /// Builds the report: replays every entry into a <see cref="RuleContext"/> per rule, as <see cref="RuleSet{TFacts}.Evaluate"/>
    /// runs them, so the findings (formatted here), outputs and explanation are those of the general engine.
    /// </summary>
    /// <param name="rules">The built-in rules, in order (the entries name them by index).</param>
    public RuleReport Materialize(IReadOnlyList<IRule<HardshipFacts>> rules)
    {
        JurisdictionProfile profile = Cache.Profile;
        LocalDate asOf = Cache.AsOf;
        var findings = new List<Finding>();
        var outputs = new List<RuleOutput>();
        List<TraceNode>? nodes = IsTracing ? new List<TraceNode>(rules.Count) : null;
        RuleContext? ctx = null;
        for (int i = 0; i < _count; i++)
        {
            ref readonly Entry e = ref _entries[i];
            if (e.Op == LogOp.RuleStart)
            {
                Close(ctx, nodes);
                ctx = new RuleContext(rules[e.Index], asOf, profile, IsTracing, findings, outputs);
                continue;
            }

            Replay(ctx!, e);
        }

        Close(ctx, nodes);
        var report = new RuleReport(asOf, profile.Region, findings, nodes ?? []) { Outputs = outputs };
        return LocalRegulationNotice.Apply(report, profile, "hd.", HardshipCitations.AcftuNotice);
    }

    private static void Close(RuleContext? ctx, List<TraceNode>? nodes)
    {
        if (ctx is not null && nodes is not null && ctx.Build() is { } node)
        {
            nodes.Add(node);
        }
    }

    private void Replay(RuleContext ctx, in Entry e)
    {
        switch (e.Op)
        {
            case LogOp.FactText:
                ctx.Fact(e.Name!, e.Text);
                break;
            case LogOp.FactNumber:
                ctx.Fact(e.Name!, e.HasValue ? e.Left : null);
                break;
            case LogOp.FactDate:
                ctx.Fact(e.Name!, e.HasValue ? e.Date : null);
                break;
            case LogOp.Output:
                ctx.Output(_args[e.ArgStart].Name!, _args[e.ArgStart].Box());
                break;
            case LogOp.ReadNumber:
                ctx.TryRead(HardshipParameterIds.Number(e.Index), out _, out _);
                break;
            case LogOp.ReadRatio:
                ctx.TryRead(HardshipParameterIds.RatioHandle(e.Index), out _, out _);
                break;
            case LogOp.ReadMask:
                HardshipCitations.TryReadMask(ctx, HardshipParameterIds.List(e.Index), e.Known!, out _);
                break;
            case LogOp.Compare:
                ctx.Compare(e.Name!, e.Left, e.Comparison, e.Right!, e.RightValue);
                break;
            case LogOp.CompareDates:
                ctx.CompareDates(e.Name!, e.Date, e.Comparison, e.Right!, e.RightDate);
                break;
            case LogOp.Inform:
                ctx.Inform(e.Message!, e.Path.Render(), Tuples(e));
                break;
            case LogOp.Fail:
                ctx.Fail(e.Message!, e.Path.Render(), Tuples(e));
                break;
            case LogOp.MissingInput:
                ctx.MissingInput(e.Path.Render());
                break;
            case LogOp.PrerequisiteMissing:
                HardshipCitations.PrerequisiteMissing(ctx, e.Name!);
                break;
            case LogOp.ReportStale:
                HardshipCitations.ReportStale(ctx, e.Reading!, e.Message!);
                break;
            case LogOp.StaleStandard:
                LabourStandards.StaleStandardNote.Report(ctx, e.Reading!);
                break;
            case LogOp.Pass:
                ctx.Pass();
                break;
            case LogOp.NotApplicable:
                ctx.NotApplicable();
                break;
        }
    }

    private (string Name, object? Value)[] Tuples(in Entry e)
    {
        var result = new (string Name, object? Value)[e.ArgCount];
        for (int i = 0; i < result.Length; i++)
        {
            ref readonly Arg a = ref _args[e.ArgStart + i];
            result[i] = (a.Name!, a.Box());
        }

        return result;
    }

    /// <summary>One recorded operation; only the fields its <see cref="Op"/> uses are meaningful.</summary>
    internal struct Entry
    {
        public LogOp Op;
        public bool HasValue;
        public byte ArgCount;
        public Comparison Comparison;
        public int Index;
        public int ArgStart;
        public LocalDate Date;
        public LocalDate RightDate;
        public string? Name;
        public MessageKey? Message;
        public string? Right;
        public string? Text;
        public string[]? Known;
        public ParameterReading? Reading;
        public JsonPath Path;
        public decimal Left;
        public decimal RightValue;
    }
}

/// <summary>Records into a <see cref="HardshipLog"/>, reading parameters from its <see cref="HardshipParameterCache"/>.</summary>
internal readonly struct LogRecorder(HardshipLog log) : IHardshipRecorder
{
    public bool IsTracing => log.IsTracing;

    /// <summary>Marks the start of the rule at <paramref name="index"/> in the built-in rules.</summary>
    public void RuleStart(int index) => log.Add(LogOp.RuleStart).Index = index;

    public void Fact(string name, string? value)
    {
        if (log.IsTracing)
        {
            ref HardshipLog.Entry e = ref log.Add(LogOp.FactText);
            e.Name = name;
            e.Text = value;
        }
    }

    public void Fact(string name, decimal? value)
    {
        if (log.IsTracing)
        {
            ref HardshipLog.Entry e = ref log.Add(LogOp.FactNumber);
            e.Name = name;
            e.HasValue = value.HasValue;
            e.Left = value.GetValueOrDefault();
        }
    }

    public void Fact(string name, LocalDate? value)
    {
        if (log.IsTracing)
        {
            ref HardshipLog.Entry e = ref log.Add(LogOp.FactDate);
            e.Name = name;
            e.HasValue = value.HasValue;
            e.Date = value.GetValueOrDefault();
        }
    }

    public void Output(in Arg output)
    {
        ref HardshipLog.Entry e = ref log.Add(LogOp.Output);
        log.AddArgs(ref e, output, default, default, default, default, default);
    }

    public bool TryNumber(int id, out decimal value, out ParameterReading reading)
    {
        log.Add(LogOp.ReadNumber).Index = id;
        ref readonly HardshipParameterCache.Slot s = ref log.Cache[id];
        reading = s.Reading!;
        value = s.Number;
        return s.Reading is not null && s.Converted;
    }

    public bool TryRatio(int id, out Ratio value, out ParameterReading reading)
    {
        log.Add(LogOp.ReadRatio).Index = id;
        ref readonly HardshipParameterCache.Slot s = ref log.Cache[id];
        reading = s.Reading!;
        value = s.Ratio;
        return s.Reading is not null && s.Converted;
    }

    public bool TryMask(int id, string[] known, out int mask)
    {
        ref HardshipLog.Entry e = ref log.Add(LogOp.ReadMask);
        e.Index = id;
        e.Known = known;
        ref readonly HardshipParameterCache.Slot s = ref log.Cache[id];
        if (ReferenceEquals(known, s.Known))
        {
            mask = s.MaskOk ? s.Mask : 0;
            return s.Reading is not null && s.MaskOk;
        }

        mask = 0;
        return s.Reading is not null && s.Converted && HardshipMath.TryMask(s.List!, known, out mask, out _);
    }

    public bool Compare(string left, decimal leftValue, Comparison comparison, string right, decimal rightValue)
    {
        if (log.IsTracing)
        {
            ref HardshipLog.Entry e = ref log.Add(LogOp.Compare);
            e.Name = left;
            e.Left = leftValue;
            e.Comparison = comparison;
            e.Right = right;
            e.RightValue = rightValue;
        }

        return comparison.Holds(leftValue, rightValue);
    }

    public bool CompareDates(string left, LocalDate leftValue, Comparison comparison, string right, LocalDate rightValue)
    {
        if (log.IsTracing)
        {
            ref HardshipLog.Entry e = ref log.Add(LogOp.CompareDates);
            e.Name = left;
            e.Date = leftValue;
            e.Comparison = comparison;
            e.Right = right;
            e.RightDate = rightValue;
        }

        return comparison.Holds(leftValue.CompareTo(rightValue), 0m);
    }

    public void Inform(MessageKey key, in JsonPath path, in Arg a = default, in Arg b = default, in Arg c = default, in Arg d = default, in Arg e = default, in Arg f = default)
    {
        ref HardshipLog.Entry entry = ref log.Add(LogOp.Inform);
        entry.Message = key;
        entry.Path = path;
        log.AddArgs(ref entry, a, b, c, d, e, f);
    }

    public void Fail(MessageKey key, in JsonPath path, in Arg a = default, in Arg b = default, in Arg c = default)
    {
        ref HardshipLog.Entry entry = ref log.Add(LogOp.Fail);
        entry.Message = key;
        entry.Path = path;
        log.AddArgs(ref entry, a, b, c, default, default, default);
    }

    public void MissingInput(in JsonPath path) => log.Add(LogOp.MissingInput).Path = path;

    public void PrerequisiteMissing(string code) => log.Add(LogOp.PrerequisiteMissing).Name = code;

    public void ReportStale(ParameterReading reading, MessageKey key)
    {
        if (reading.IsStale)
        {
            ref HardshipLog.Entry e = ref log.Add(LogOp.ReportStale);
            e.Reading = reading;
            e.Message = key;
        }
    }

    public void StaleStandard(ParameterReading reading)
    {
        if (reading.StaleSince is not null)
        {
            log.Add(LogOp.StaleStandard).Reading = reading;
        }
    }

    public void Pass() => log.Add(LogOp.Pass);

    public void NotApplicable() => log.Add(LogOp.NotApplicable);
}
