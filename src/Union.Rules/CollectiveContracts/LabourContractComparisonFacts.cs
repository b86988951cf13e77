using Union.Domain.CollectiveContracts;

namespace Union.Rules.CollectiveContracts;

/// <summary>What the floor rules compare (劳动合同比对事实): one labour contract or pay line, and the collective contract, if any.</summary>
/// <param name="Line">The labour contract or pay line.</param>
/// <param name="CollectiveContract">The collective contract in force for the employer, when there is one.</param>
/// <param name="Path">The JSON path of the line in its document, e.g. <c>$.lines[3]</c>.</param>
public sealed record LabourContractComparisonFacts(LabourContract Line, CollectiveContract? CollectiveContract, string Path = "$");
