using Union.Domain.Common;
using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>
/// A threshold a household missed (差距), the most useful answer an applicant can get (HD-NEAR-MISS): for an income test the
/// per-head income, the limit and how far above it the household is; for the accident test the net losses, the losses needed
/// and the gap; for a missing qualifying circumstance no numbers.
/// </summary>
/// <param name="Category">The category missed.</param>
/// <param name="Test">What was missed: <c>income</c>, <c>losses</c> or <c>circumstance</c>.</param>
/// <param name="Value">The household's value (per-head monthly income, or net losses), when a number.</param>
/// <param name="Limit">The limit the value is compared with, when a number.</param>
/// <param name="Comparison">How the value must compare with the limit to meet the test.</param>
/// <param name="Gap">How far the value is from meeting the test (value − limit for income; limit − value for losses), in yuan, rounded to the fen.</param>
public sealed record NearMiss(HardshipCategory Category, string Test, decimal? Value, decimal? Limit, Comparison? Comparison, decimal? Gap);
