namespace Union.Rules.Serialization;

// The Hardship report types of the source-generated context.
public sealed partial class RulesJsonContext;
