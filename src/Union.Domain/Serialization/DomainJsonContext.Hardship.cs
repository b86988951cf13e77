namespace Union.Domain.Serialization;

// The Hardship document types of the source-generated context.
public sealed partial class DomainJsonContext;
