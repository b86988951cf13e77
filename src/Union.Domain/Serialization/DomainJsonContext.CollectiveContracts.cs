namespace Union.Domain.Serialization;

// The CollectiveContracts document types of the source-generated context.
public sealed partial class DomainJsonContext;
