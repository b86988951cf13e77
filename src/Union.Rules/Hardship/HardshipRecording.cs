using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// What the hardship rules record while they run. Each rule is written once against this interface: through
/// <see cref="ContextRecorder"/> it records into a <see cref="RuleContext"/> (the general engine), through
/// <see cref="LogRecorder"/> into a <see cref="HardshipLog"/> of compact entries that is replayed into the same
/// <see cref="RuleContext"/> calls when a report is asked for. Either way the rule runs the same code on the same values.
/// </summary>
internal interface IHardshipRecorder
{
    /// <summary>Gets whether the explanation (facts and comparisons) is recorded.</summary>
    bool IsTracing { get; }

    /// <summary>See <see cref="RuleContext.Fact(string, string?)"/>.</summary>
    void Fact(string name, string? value);

    /// <summary>See <see cref="RuleContext.Fact(string, decimal?)"/>.</summary>
    void Fact(string name, decimal? value);

    /// <summary>See <see cref="RuleContext.Fact(string, NodaTime.LocalDate?)"/>.</summary>
    void Fact(string name, NodaTime.LocalDate? value);

    /// <summary>See <see cref="RuleContext.Output(string, object?)"/>: the output's name and its typed value.</summary>
    void Output(in Arg output);

    /// <summary>Reads a number parameter by its id (<see cref="HardshipParameterIds"/>); see <see cref="RuleContext.TryRead{T}(Parameter{T}, out T, out ParameterReading, NodaTime.LocalDate?)"/>.</summary>
    bool TryNumber(int id, out decimal value, out ParameterReading reading);

    /// <summary>Reads a ratio parameter by its id.</summary>
    bool TryRatio(int id, out Ratio value, out ParameterReading reading);

    /// <summary>Reads a list parameter into a mask by its id; see <see cref="HardshipCitations.TryReadMask"/>.</summary>
    bool TryMask(int id, string[] known, out int mask);

    /// <summary>See <see cref="RuleContext.Compare"/>.</summary>
    bool Compare(string left, decimal leftValue, Comparison comparison, string right, decimal rightValue);

    /// <summary>See <see cref="RuleContext.CompareDates"/>.</summary>
    bool CompareDates(string left, NodaTime.LocalDate leftValue, Comparison comparison, string right, NodaTime.LocalDate rightValue);

    /// <summary>See <see cref="RuleContext.Inform(MessageKey, string, ValueTuple{string, object}[])"/>; unused arguments have no name.</summary>
    void Inform(MessageKey key, in JsonPath path, in Arg a = default, in Arg b = default, in Arg c = default, in Arg d = default, in Arg e = default, in Arg f = default);

    /// <summary>See <see cref="RuleContext.Fail(MessageKey, string, ValueTuple{string, object}[])"/>.</summary>
    void Fail(MessageKey key, in JsonPath path, in Arg a = default, in Arg b = default, in Arg c = default);

    /// <summary>See <see cref="RuleContext.MissingInput"/>.</summary>
    void MissingInput(in JsonPath path);

    /// <summary>See <see cref="HardshipCitations.PrerequisiteMissing"/>.</summary>
    void PrerequisiteMissing(string code);

    /// <summary>See <see cref="HardshipCitations.ReportStale"/>.</summary>
    void ReportStale(ParameterReading reading, MessageKey key);

    /// <summary>See <see cref="LabourStandards.StaleStandardNote.Report"/>.</summary>
    void StaleStandard(ParameterReading reading);

    /// <summary>See <see cref="RuleContext.Pass"/>.</summary>
    void Pass();

    /// <summary>See <see cref="RuleContext.NotApplicable"/>.</summary>
    void NotApplicable();
}

/// <summary>The kind of value an <see cref="Arg"/> holds.</summary>
internal enum ArgKind : byte
{
    /// <summary>No argument.</summary>
    None,

    /// <summary>A decimal.</summary>
    Decimal,

    /// <summary>An int.</summary>
    Int,

    /// <summary>A bool.</summary>
    Bool,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A date that may be missing (<see cref="Arg.HasValue"/>).</summary>
    NullableDate,

    /// <summary>An amount of money (in <see cref="Arg.Number"/>).</summary>
    Money,

    /// <summary>A string (in <see cref="Arg.Text"/>), possibly null.</summary>
    Text,

    /// <summary>An <see cref="ExpenditureCategory"/> (in <see cref="Arg.Int"/>).</summary>
    Expenditure,

    /// <summary>A <see cref="StudyLevel"/> that may be missing.</summary>
    StudyLevel,

    /// <summary>A <see cref="HouseholdCircumstances"/>.</summary>
    Circumstances,

    /// <summary>A <see cref="HardshipExclusions"/>.</summary>
    Exclusions,

    /// <summary>A <see cref="Hardship.FileStatus"/>.</summary>
    FileStatus,

    /// <summary>A decimal that may be missing.</summary>
    NullableDecimal,

    /// <summary>A <see cref="Union.Domain.Common.Ratio"/> (in <see cref="Arg.Ratio"/>).</summary>
    Ratio,
}

/// <summary>
/// A typed message argument or output value, kept unformatted (formatting to text happens when a report is built): the
/// name, the kind and the value. Made from a (name, value) tuple, as the rules wrote their arguments before.
/// </summary>
internal readonly struct Arg
{
    private Arg(string name, ArgKind kind, decimal number = 0m, int integer = 0, NodaTime.LocalDate date = default, string? text = null, bool hasValue = true, Ratio ratio = default)
    {
        Ratio = ratio;
        Name = name;
        Kind = kind;
        Number = number;
        Int = integer;
        Date = date;
        Text = text;
        HasValue = hasValue;
    }

    /// <summary>Gets the name; <see langword="null"/> for no argument.</summary>
    public string? Name { get; }

    /// <summary>Gets the kind.</summary>
    public ArgKind Kind { get; }

    /// <summary>Gets a decimal or money value.</summary>
    public decimal Number { get; }

    /// <summary>Gets an int, bool or enum value.</summary>
    public int Int { get; }

    /// <summary>Gets a date value.</summary>
    public NodaTime.LocalDate Date { get; }

    /// <summary>Gets a text value.</summary>
    public string? Text { get; }

    /// <summary>Gets whether a nullable value is present.</summary>
    public bool HasValue { get; }

    /// <summary>Gets a ratio value.</summary>
    public Ratio Ratio { get; }

    public static implicit operator Arg((string Name, decimal? Value) a) => new(a.Name, ArgKind.NullableDecimal, number: a.Value.GetValueOrDefault(), hasValue: a.Value.HasValue);

    public static implicit operator Arg((string Name, Ratio Value) a) => new(a.Name, ArgKind.Ratio, ratio: a.Value);

    public static implicit operator Arg((string Name, decimal Value) a) => new(a.Name, ArgKind.Decimal, number: a.Value);

    public static implicit operator Arg((string Name, int Value) a) => new(a.Name, ArgKind.Int, integer: a.Value);

    public static implicit operator Arg((string Name, bool Value) a) => new(a.Name, ArgKind.Bool, integer: a.Value ? 1 : 0);

    public static implicit operator Arg((string Name, NodaTime.LocalDate Value) a) => new(a.Name, ArgKind.Date, date: a.Value);

    public static implicit operator Arg((string Name, NodaTime.LocalDate? Value) a) => new(a.Name, ArgKind.NullableDate, date: a.Value.GetValueOrDefault(), hasValue: a.Value.HasValue);

    public static implicit operator Arg((string Name, Money Value) a) => new(a.Name, ArgKind.Money, number: a.Value.Yuan);

    public static implicit operator Arg((string Name, string? Value) a) => new(a.Name, ArgKind.Text, text: a.Value);

    public static implicit operator Arg((string Name, ExpenditureCategory Value) a) => new(a.Name, ArgKind.Expenditure, integer: (int)a.Value);

    public static implicit operator Arg((string Name, StudyLevel? Value) a) => new(a.Name, ArgKind.StudyLevel, integer: (int)a.Value.GetValueOrDefault(), hasValue: a.Value.HasValue);

    public static implicit operator Arg((string Name, HouseholdCircumstances Value) a) => new(a.Name, ArgKind.Circumstances, integer: (int)a.Value);

    public static implicit operator Arg((string Name, HardshipExclusions Value) a) => new(a.Name, ArgKind.Exclusions, integer: (int)a.Value);

    public static implicit operator Arg((string Name, FileStatus Value) a) => new(a.Name, ArgKind.FileStatus, integer: (int)a.Value);

    /// <summary>The value as the rules passed it to <see cref="RuleContext"/> (boxed with its own type).</summary>
    public object? Box() => Kind switch
    {
        ArgKind.Decimal => Number,
        ArgKind.Int => Int,
        ArgKind.Bool => Int != 0,
        ArgKind.Date => Date,
        ArgKind.NullableDate => HasValue ? Date : null,
        ArgKind.Money => Union.Domain.Common.Money.FromYuan(Number),
        ArgKind.Text => Text,
        ArgKind.Expenditure => (ExpenditureCategory)Int,
        ArgKind.StudyLevel => HasValue ? (StudyLevel)Int : null,
        ArgKind.Circumstances => (HouseholdCircumstances)Int,
        ArgKind.Exclusions => (HardshipExclusions)Int,
        ArgKind.FileStatus => (FileStatus)Int,
        ArgKind.NullableDecimal => HasValue ? Number : null,
        ArgKind.Ratio => Ratio,
        _ => null,
    };

    /// <summary>The named arguments given (those with a name), as <see cref="RuleContext"/> takes them.</summary>
    internal static (string Name, object? Value)[] Tuples(in Arg a, in Arg b, in Arg c, in Arg d, in Arg e, in Arg f)
    {
        int n = a.Name is null ? 0 : b.Name is null ? 1 : c.Name is null ? 2 : d.Name is null ? 3 : e.Name is null ? 4 : f.Name is null ? 5 : 6;
        var result = new (string Name, object? Value)[n];
        if (n > 0)
        {
            result[0] = (a.Name!, a.Box());
        }

        if (n > 1)
        {
            result[1] = (b.Name!, b.Box());
        }

        if (n > 2)
        {
            result[2] = (c.Name!, c.Box());
        }

        if (n > 3)
        {
            result[3] = (d.Name!, d.Box());
        }

        if (n > 4)
        {
            result[4] = (e.Name!, e.Box());
        }

        if (n > 5)
        {
            result[5] = (f.Name!, f.Box());
        }

        return result;
    }
}

/// <summary>A JSON path kept unformatted: a prefix, and for an element an index and a suffix (<c>$.incomes[3].received</c>).</summary>
/// <param name="Prefix">The path, or the path of the array.</param>
/// <param name="Index">The element's index; -1 for no element.</param>
/// <param name="Suffix">What follows the element, e.g. <c>.received</c>.</param>
internal readonly record struct JsonPath(string Prefix, int Index = -1, string Suffix = "")
{
    public static implicit operator JsonPath(string path) => new(path);

    /// <summary>The path as text.</summary>
    public string Render() => Index < 0 ? Prefix : $"{Prefix}[{Index}]{Suffix}";
}

/// <summary>Records into a <see cref="RuleContext"/>: the general engine's path.</summary>
internal readonly struct ContextRecorder(RuleContext context) : IHardshipRecorder
{
    public bool IsTracing => context.IsTracing;

    public void Fact(string name, string? value) => context.Fact(name, value);

    public void Fact(string name, decimal? value) => context.Fact(name, value);

    public void Fact(string name, NodaTime.LocalDate? value) => context.Fact(name, value);

    public void Output(in Arg output) => context.Output(output.Name!, output.Box());

    public bool TryNumber(int id, out decimal value, out ParameterReading reading) =>
        context.TryRead(HardshipParameterIds.Number(id), out value, out reading);

    public bool TryRatio(int id, out Ratio value, out ParameterReading reading) =>
        context.TryRead(HardshipParameterIds.RatioHandle(id), out value, out reading);

    public bool TryMask(int id, string[] known, out int mask) =>
        HardshipCitations.TryReadMask(context, HardshipParameterIds.List(id), known, out mask);

    public bool Compare(string left, decimal leftValue, Comparison comparison, string right, decimal rightValue) =>
        context.Compare(left, leftValue, comparison, right, rightValue);

    public bool CompareDates(string left, NodaTime.LocalDate leftValue, Comparison comparison, string right, NodaTime.LocalDate rightValue) =>
        context.CompareDates(left, leftValue, comparison, right, rightValue);

    public void Inform(MessageKey key, in JsonPath path, in Arg a = default, in Arg b = default, in Arg c = default, in Arg d = default, in Arg e = default, in Arg f = default) =>
        context.Inform(key, path.Render(), Arg.Tuples(a, b, c, d, e, f));

    public void Fail(MessageKey key, in JsonPath path, in Arg a = default, in Arg b = default, in Arg c = default) =>
        context.Fail(key, path.Render(), Arg.Tuples(a, b, c, default, default, default));

    public void MissingInput(in JsonPath path) => context.MissingInput(path.Render());

    public void PrerequisiteMissing(string code) => HardshipCitations.PrerequisiteMissing(context, code);

    public void ReportStale(ParameterReading reading, MessageKey key) => HardshipCitations.ReportStale(context, reading, key);

    public void StaleStandard(ParameterReading reading) => LabourStandards.StaleStandardNote.Report(context, reading);

    public void Pass() => context.Pass();

    public void NotApplicable() => context.NotApplicable();
}

/// <summary>
/// The ids of the hardship parameters: the index of each handle in <see cref="HardshipParameters.All"/>, so that a parameter
/// read once per (profile, date) is found by index (<see cref="HardshipParameterCache"/>).
/// </summary>
internal static class HardshipParameterIds
{
    internal const int SubsistenceAllowance = 0;
    internal const int MinimumWageMonthly = 1;
    internal const int DeepMultiplier = 2;
    internal const int RelativeMultiplier = 3;
    internal const int AccidentLossRatio = 4;
    internal const int IncomeWindowMonths = 5;
    internal const int MigrantMinEmploymentYears = 6;
    internal const int CountedIncomeCategories = 7;
    internal const int DeepDeductedCategories = 8;
    internal const int RelativeDeductedCategories = 9;
    internal const int PrivateSchoolFeeRatio = 10;
    internal const int MinHomes = 11;
    internal const int PerCapitaHousingArea = 12;
    internal const int ReviewMonths = 13;
    internal const int RelapseMargin = 14;
    internal const int WorkingAgeFrom = 15;
    internal const int WorkingAgeUntil = 16;
    private const int CapBase = 17;
    private const int BarsBase = 23;

    /// <summary>The id of a category's cap (<see cref="HardshipParameters.RigidCap"/>).</summary>
    internal static int Cap(ExpenditureCategory category) => CapBase + (int)category;

    /// <summary>The id of an exclusion's list of barred categories (<see cref="HardshipParameters.ExclusionBars"/>); one flag.</summary>
    internal static int Bars(HardshipExclusions kind) => BarsBase + System.Numerics.BitOperations.Log2((uint)kind);

    /// <summary>The names a list parameter's entries are matched against (the rules pass the same array).</summary>
    internal static string[]? KnownNames(int id) => id switch
    {
        CountedIncomeCategories => HardshipMath.IncomeNames,
        DeepDeductedCategories or RelativeDeductedCategories => HardshipMath.ExpenditureNames,
        >= BarsBase => HardshipMath.CategoryNames,
        _ => null,
    };

    /// <summary>The number handle of an id.</summary>
    internal static Parameter<decimal> Number(int id) => (Parameter<decimal>)HardshipParameters.All[id];

    /// <summary>The ratio handle of an id.</summary>
    internal static Parameter<Ratio> RatioHandle(int id) => (Parameter<Ratio>)HardshipParameters.All[id];

    /// <summary>The list handle of an id.</summary>
    internal static Parameter<IReadOnlyList<string>> List(int id) => (Parameter<IReadOnlyList<string>>)HardshipParameters.All[id];
}
