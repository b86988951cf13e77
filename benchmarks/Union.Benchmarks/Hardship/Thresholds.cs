namespace Union.Benchmarks.Hardship;

/// <summary>The thresholds every engine uses, read once from the Union screener (so all run the same numbers).</summary>
public static class Thresholds
{
    /// <summary>Gets or sets the months of the window.</summary>
    public static int Months { get; set; } = 12;

    /// <summary>Gets or sets the deep-hardship limit per head (compared with &lt;).</summary>
    public static decimal DeepLimit { get; set; }

    /// <summary>Gets or sets the relative-hardship limit per head (compared with &lt;).</summary>
    public static decimal RelativeLimit { get; set; }

    /// <summary>Gets or sets the accident loss ratio (compared with &gt;).</summary>
    public static decimal AccidentRatio { get; set; }
}

/// <summary>Where the NRules rules write their conclusions: bit 1 deep, 2 relative, 4 accident, per household.</summary>
public static class Outcome
{
    /// <summary>Gets or sets the flags.</summary>
    public static byte[] Flags { get; set; } = [];

    /// <summary>Sets a flag.</summary>
    /// <param name="index">The household.</param>
    /// <param name="flag">The flag.</param>
    public static void Set(int index, byte flag) => Flags[index] |= flag;
}
