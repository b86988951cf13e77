namespace Union.Domain.Validation;

/// <summary>
/// The limits every document reader applies before a value reaches a rule (输入限制), documented in docs/input-limits.md.
/// A value outside them is invalid input named by its JSON path, never an exception later. Legality is not a limit: a
/// four-year term or a wage below the minimum is valid input that a rule reports.
/// </summary>
public static class InputLimits
{
    /// <summary>The largest document, in bytes of UTF-8 (16 MiB).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and lists; the documents need fewer than ten levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest text value or member name, in characters.</summary>
    public const int MaxStringLength = 10_000;

    /// <summary>The most elements of a list that names no lower limit of its own.</summary>
    public const int MaxListLength = 100_000;

    /// <summary>The largest amount of money, in yuan either way (10^12: a trillion yuan).</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    /// <summary>The most employees, members or votes a count may give (10 million).</summary>
    public const int MaxHeadcount = 10_000_000;

    /// <summary>The longest term of a contract or agreement, in years.</summary>
    public const int MaxTermYears = 100;

    /// <summary>The first date accepted.</summary>
    public static NodaTime.LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>The last date accepted.</summary>
    public static NodaTime.LocalDate MaxDate { get; } = new(2200, 12, 31);

    /// <summary>Hours in a day.</summary>
    public const int HoursPerDay = 24;

    /// <summary>Hours in a week.</summary>
    public const int HoursPerWeek = 168;

    /// <summary>Hours in the longest month (31 days).</summary>
    public const int HoursPerMonth = 744;

    /// <summary>Hours in the longest year (366 days).</summary>
    public const int HoursPerYear = 8_784;

    /// <summary>The largest multiple of ordinary pay (an overtime rate) accepted.</summary>
    public const int MaxMultiple = 100;

    /// <summary>The largest percentage accepted either way for growth figures (profit, productivity, prices).</summary>
    public const int MaxPercent = 1_000_000;
}

/// <summary>
/// The range of a number (or an amount) a document accepts at this member (取值范围), checked by the reader before the
/// value is read; <see cref="Serialization.UnionJsonSchema"/> writes it into the JSON Schema.
/// </summary>
/// <param name="minimum">The smallest value accepted.</param>
/// <param name="maximum">The largest value accepted.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class InputRangeAttribute(double minimum, double maximum) : Attribute
{
    /// <summary>Gets the smallest value accepted (or the bound that values must exceed, see <see cref="MinimumIsExclusive"/>).</summary>
    public double Minimum { get; } = minimum;

    /// <summary>Gets the largest value accepted.</summary>
    public double Maximum { get; } = maximum;

    /// <summary>Gets whether the value must be more than <see cref="Minimum"/> rather than at least it.</summary>
    public bool MinimumIsExclusive { get; init; }
}

/// <summary>How many elements a list accepts at this member (元素个数); the default is at most <see cref="InputLimits.MaxListLength"/>.</summary>
/// <param name="maximum">The most elements accepted.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class InputCountAttribute(int maximum) : Attribute
{
    /// <summary>Gets the most elements accepted.</summary>
    public int Maximum { get; } = maximum;

    /// <summary>Gets the fewest elements accepted when the list is given.</summary>
    public int Minimum { get; init; }
}
