using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>One line of a batch's output (批量认定结果行): the input line number, the category, the per-head income, or the error.</summary>
/// <param name="Line">The line number in the input, from 1.</param>
/// <param name="Category">The category, when the line was read.</param>
/// <param name="Assessed">Whether the category could be assessed.</param>
/// <param name="PerHeadMonthly">The per-head monthly income, rounded to the fen, when computed.</param>
/// <param name="Exclusions">The exclusions hit, when any.</param>
/// <param name="FileStatus">The file status, when assessed.</param>
/// <param name="Error">Why the line could not be read (JSON path and message), when it could not.</param>
/// <param name="Missing">When the household was read but not assessed: what was missing (a parameter's name, a rule's code or a JSON path).</param>
public sealed record HardshipBatchLine(long Line, HardshipCategory? Category, bool? Assessed, decimal? PerHeadMonthly, HardshipExclusions? Exclusions, FileStatus? FileStatus, string? Error, IReadOnlyList<string>? Missing = null);
