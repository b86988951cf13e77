namespace Union.Domain.Serialization;

// The WageNegotiation document types of the source-generated context.
public sealed partial class DomainJsonContext;
