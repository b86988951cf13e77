using NodaTime;

namespace Union.Domain.Hardship;

/// <summary>The household's existing hardship file (已建档案), for the annual review (年度复核).</summary>
public sealed record ExistingFile
{
    /// <summary>Gets the day the file was opened (建档日期).</summary>
    public required LocalDate Opened { get; init; }

    /// <summary>Gets the category on file.</summary>
    public HardshipCategory Category { get; init; }

    /// <summary>Gets the day of the last review, when there was one (上次复核日期).</summary>
    public LocalDate? LastReview { get; init; }

    /// <summary>Gets whether the file was closed as recovered (已脱困), so that it is now watched for relapse.</summary>
    public bool Exited { get; init; }
}
