namespace Union.Rules.Serialization;

// The WageNegotiation report types of the source-generated context.
public sealed partial class RulesJsonContext;
