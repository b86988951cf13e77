using System.Collections.Concurrent;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

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
            s.CitedAs = -1;
            if (!profile.TryGet(all[i].Name, asOf, out ParameterReading reading))
            {
                s.Fails = !all[i].IsRegionalOnly;   // a regional-only parameter not set is read quietly
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

            s.Fails = !(all[i] is Parameter<IReadOnlyList<string>> ? s.MaskOk : s.Converted);
            if (reading.Layer != JurisdictionProfile.NationalLayerName && Citation.TryParse(reading.Source, out Citation? cited))
            {
                int same = Array.FindIndex(_slots, 0, i, o => o.Cited == cited);
                s.CitedAs = same >= 0 ? same : i;
                s.Cited = cited;
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

    /// <summary>
    /// The summaries of the evaluations seen with these parameters, by the course each took (<see cref="HardshipLog.Summarize"/>);
    /// bounded, so that a file of endlessly different courses reads each one's report instead of growing without end.
    /// </summary>
    internal ConcurrentDictionary<int[], ReportSummary> Summaries { get; } = new(Course.Comparer);

    /// <summary>How many courses <see cref="Summaries"/> keeps.</summary>
    internal const int MaxSummaries = 4096;

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

        /// <summary>Whether a read adds a not-assessed finding naming the parameter: no value in force (unless the parameter is regional-only), or one not usable.</summary>
        public bool Fails;

        /// <summary>The article a regional value cites (the findings after its read cite it first); <see langword="null"/> for a national value or a source without an article.</summary>
        public Citation? Cited;

        /// <summary>The first slot citing the same article as <see cref="Cited"/> (-1 when none): reads citing the same article are one to a summary.</summary>
        public int CitedAs;
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
    private int[] _course = [];
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

    /// <summary>
    /// Summarises the evaluation (<see cref="ReportSummary.Of"/> of the report <see cref="Materialize"/> builds) without building
    /// the report when an evaluation with the same parameters took the same course before. The course is every entry that can
    /// add a finding or decide a citation: the rules started, the parameters read (a read of a value not in force is a finding;
    /// a regional value's article is cited), each finding's message and the notes of stale values. The figures of a household
    /// (arguments, facts, comparisons) are not in it: the summary holds none of them.
    /// </summary>
    /// <param name="rules">The built-in rules, in order.</param>
    public ReportSummary Summarize(IReadOnlyList<IRule<HardshipFacts>> rules)
    {
        if (_course.Length < _count)
        {
            _course = new int[Math.Max(_count, _course.Length * 2)];
        }

        // Every finding of a rule carries the rule's code, so once a rule has a finding its later findings change the summary
        // only by being not assessed (the code is then among the rules not assessed): later computed and failed findings, and
        // later missing inputs once one is recorded, are left out, so that households differing only in them share a course.
        // A read changes the summary when it fails (a not-assessed finding naming the parameter; kept once per rule) or when it
        // is the first regional article read before the rule's first finding (that finding cites it first).
        int n = 0;
        bool found = false, notAssessed = false, cited = false;
        ulong failed = 0;
        for (int i = 0; i < _count; i++)
        {
            ref readonly Entry e = ref _entries[i];
            switch (e.Op)
            {
                case LogOp.RuleStart:
                    found = notAssessed = cited = false;
                    failed = 0;
                    _course[n++] = (int)e.Op | (e.Index << 5);
                    break;
                case LogOp.ReadNumber:
                case LogOp.ReadRatio:
                case LogOp.ReadMask:
                    ref readonly HardshipParameterCache.Slot slot = ref Cache[e.Index];
                    ulong bit = 1UL << (e.Index & 63);
                    if (slot.Fails)
                    {
                        if (e.Index >= 64 || (failed & bit) == 0)
                        {
                            failed |= bit;
                            found = notAssessed = true;
                            _course[n++] = (int)e.Op | (e.Index << 5);
                        }
                    }
                    else if (slot.CitedAs >= 0 && !found && !cited)
                    {
                        cited = true;
                        _course[n++] = (int)LogOp.Output | (slot.CitedAs << 5);
                    }

                    break;
                case LogOp.Inform:
                case LogOp.ReportStale:
                case LogOp.Fail:
                case LogOp.StaleStandard:
                    // The first finding's code is the rule's and its provision the rule's (or the regional article read
                    // before it), except a stale standard's note, which cites 最低工资规定 第十条: only whether it is a
                    // failure, a computed result or that note tells one course from another.
                    if (!found)
                    {
                        found = true;
                        _course[n++] = (int)(e.Op is LogOp.Fail or LogOp.StaleStandard ? e.Op : LogOp.Inform);
                    }

                    break;
                case LogOp.MissingInput:
                case LogOp.PrerequisiteMissing:
                    if (!notAssessed)
                    {
                        found = notAssessed = true;
                        _course[n++] = (int)e.Op;
                    }

                    break;
            }
        }

        ConcurrentDictionary<int[], ReportSummary>.AlternateLookup<ReadOnlySpan<int>> known = Cache.Summaries.GetAlternateLookup<ReadOnlySpan<int>>();
        ReadOnlySpan<int> course = _course.AsSpan(0, n);
        if (known.TryGetValue(course, out ReportSummary? summary))
        {
            return summary;
        }

        summary = ReportSummary.Of(Materialize(rules));
        if (Cache.Summaries.Count < HardshipParameterCache.MaxSummaries)
        {
            known.TryAdd(course, summary);
        }

        return summary;
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

/// <summary>Compares the courses of evaluations (<see cref="HardshipLog.Summarize"/>) by their entries, also as spans.</summary>
internal sealed class Course : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
{
    /// <summary>The comparer.</summary>
    public static readonly Course Comparer = new();

    public bool Equals(int[]? x, int[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<int> alternate)
    {
        var h = default(HashCode);
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(alternate));
        return h.ToHashCode();
    }

    public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
}
