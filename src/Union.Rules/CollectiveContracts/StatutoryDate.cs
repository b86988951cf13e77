using NodaTime;

namespace Union.Rules.CollectiveContracts;

/// <summary>A date the law fixes for the contract (法定日期), with the rule that computed it.</summary>
/// <param name="Name">The date's name: <c>replyDue</c>, <c>fillDue</c>, <c>filingDue</c>, <c>refilingDue</c>, <c>reviewEnds</c>, <c>effectiveFrom</c>, <c>expires</c>, <c>renewalWindowOpens</c>, <c>renewalWindowCloses</c>, <c>publicationDue</c>.</param>
/// <param name="Date">The date (inclusive: the last day of a period, or the first day of effect).</param>
/// <param name="Code">The code of the rule that set it.</param>
/// <param name="Path">The JSON path of the subject in the document.</param>
public sealed record StatutoryDate(string Name, LocalDate Date, string Code, string Path);
