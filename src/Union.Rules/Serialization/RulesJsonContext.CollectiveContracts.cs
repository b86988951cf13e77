namespace Union.Rules.Serialization;

// The CollectiveContracts report types of the source-generated context.
public sealed partial class RulesJsonContext;
