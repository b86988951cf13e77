using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>
/// A collective contract as it moves from a negotiation request to a contract in force (集体合同): every part optional,
/// since real records are incomplete. An unlawful contract is representable; the rules report it.
/// </summary>
public sealed record CollectiveContract
{
    /// <summary>Gets the contract's title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the kind.</summary>
    public ContractKind? Kind { get; init; }

    /// <summary>Gets the subject of a special contract.</summary>
    public SpecialSubject? SpecialSubject { get; init; }

    /// <summary>Gets the subject's name when it is <see cref="CollectiveContracts.SpecialSubject.Other"/>.</summary>
    public string? SpecialSubjectName { get; init; }

    /// <summary>Gets the area and industry of an industry-wide or regional contract.</summary>
    public ContractScope? Scope { get; init; }

    /// <summary>Gets the employer.</summary>
    public Employer? Employer { get; init; }

    /// <summary>Gets the employer's union.</summary>
    public UnionOrganisation? Union { get; init; }

    /// <summary>Gets the negotiation request.</summary>
    public NegotiationRequest? Request { get; init; }

    /// <summary>Gets the negotiators of both sides.</summary>
    [InputCount(1_000)]
    public IReadOnlyList<Negotiator> Negotiators
    {
        get => _negotiators ?? [];
        init => _negotiators = value;
    }

    private IReadOnlyList<Negotiator>? _negotiators;

    /// <summary>Gets the vacancies among the negotiators.</summary>
    [InputCount(1_000)]
    public IReadOnlyList<Vacancy> Vacancies
    {
        get => _vacancies ?? [];
        init => _vacancies = value;
    }

    private IReadOnlyList<Vacancy>? _vacancies;

    /// <summary>Gets the day the negotiators agreed a draft (形成草案).</summary>
    public LocalDate? DraftAgreed { get; init; }

    /// <summary>Gets the approval of the draft.</summary>
    public Approval? Approval { get; init; }

    /// <summary>Gets the signing.</summary>
    public Signing? Signing { get; init; }

    /// <summary>Gets the filing.</summary>
    public Filing? Filing { get; init; }

    /// <summary>Gets the administration's review.</summary>
    public Review? Review { get; init; }

    /// <summary>Gets the re-signed and re-filed texts after an objection, in order.</summary>
    [InputCount(100)]
    public IReadOnlyList<Resubmission> Resubmissions
    {
        get => _resubmissions ?? [];
        init => _resubmissions = value;
    }

    private IReadOnlyList<Resubmission>? _resubmissions;

    /// <summary>Gets the publication.</summary>
    public Publication? Publication { get; init; }

    /// <summary>Gets the term.</summary>
    public ContractTerm? Term { get; init; }

    /// <summary>Gets the clauses.</summary>
    public ContractClauses? Clauses { get; init; }

    /// <summary>Gets the changes made, in order.</summary>
    [InputCount(1_000)]
    public IReadOnlyList<ContractChange> Amendments
    {
        get => _amendments ?? [];
        init => _amendments = value;
    }

    private IReadOnlyList<ContractChange>? _amendments;

    /// <summary>Gets the ending before expiry, when there was one.</summary>
    public ContractChange? Termination { get; init; }

    /// <summary>Gets a request to re-sign or renew.</summary>
    public RenewalRequest? RenewalRequest { get; init; }
}
