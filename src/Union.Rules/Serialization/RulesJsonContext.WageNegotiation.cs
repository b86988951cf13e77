namespace Union.Rules.Serialization;

// The WageNegotiation report types of the source-generated context (CostReport, CostComparison). Their [JsonSerializable]
// attributes sit on the declaration in RulesJsonContext.cs: the System.Text.Json generator (SDK 10.0.401) runs once per
// attributed partial declaration, so attributes on two declarations generate every type twice (CS8785, duplicate hint name).
public sealed partial class RulesJsonContext;
