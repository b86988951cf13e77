using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The messages of a failed minimum-wage comparison: pay below a minimum it may not be below (不得低于), or not above a minimum it
/// must exceed (应当高于); each also in a form that says how much of the employee's own contributions was deducted first (the
/// local minimum does not include them), for a monthly comparison.
/// </summary>
/// <param name="Below">Pay below the minimum.</param>
/// <param name="NotAbove">Pay not above a minimum it must exceed.</param>
/// <param name="BelowAfterContributions">Pay below the minimum once contributions are deducted; <see langword="null"/> when the comparison never deducts them.</param>
/// <param name="NotAboveAfterContributions">Pay not above the minimum once contributions are deducted; <see langword="null"/> when the comparison never deducts them.</param>
internal sealed record MinimumWageMessages(MessageKey Below, MessageKey NotAbove, MessageKey? BelowAfterContributions = null, MessageKey? NotAboveAfterContributions = null)
{
    /// <summary>Declares the four messages <paramref name="below"/>, <paramref name="notAbove"/> and each with <c>AfterContributions</c>, all with the same arguments.</summary>
    internal static MinimumWageMessages WithContributions(string below, string notAbove, params string[] arguments) =>
        new(new(below, arguments), new(notAbove, arguments), new(below + "AfterContributions", arguments), new(notAbove + "AfterContributions", arguments));

    /// <summary>Picks the message of a failed comparison.</summary>
    internal MessageKey For(MinimumWageResult result) => result.AfterContributions
        ? (result.MustExceed ? NotAboveAfterContributions : BelowAfterContributions) ?? throw new InvalidOperationException("This comparison never deducts contributions.")
        : result.MustExceed ? NotAbove : Below;
}
