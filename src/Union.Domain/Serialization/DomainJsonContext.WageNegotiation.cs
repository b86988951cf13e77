namespace Union.Domain.Serialization;

// The WageNegotiation document types of the source-generated context. The [JsonSerializable] attribute for
// WageNegotiation.WageProposal sits on the declaration in DomainJsonContext.cs: the System.Text.Json generator (SDK 10.0.401)
// runs once per attributed partial declaration, so attributes on two declarations generate every type twice (CS8785,
// duplicate hint name). All attributes must stay on one declaration.
public sealed partial class DomainJsonContext;
