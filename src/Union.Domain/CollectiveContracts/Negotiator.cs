using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>A negotiator (协商代表), 集体合同规定 第十九条至第三十一条.</summary>
public sealed record Negotiator
{
    /// <summary>Gets the person's id, unique within the document.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the person's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the side the negotiator sits on; required (a negotiator on no side is not valid input).</summary>
    public Side? Side { get; init; }

    /// <summary>Gets whether the negotiator is an outside expert (本单位以外的专业人员), art 23.</summary>
    public bool? External { get; init; }

    /// <summary>Gets whether the negotiator is the side's chief (首席代表).</summary>
    public bool? Chief { get; init; }

    /// <summary>Gets whether the negotiator holds a written mandate to act as chief (书面委托), arts 20-21.</summary>
    public bool? WrittenMandate { get; init; }

    /// <summary>Gets the first day of the negotiator's mandate (履行职责期限), art 22; the mandate includes it.</summary>
    public LocalDate? MandateStart { get; init; }

    /// <summary>Gets the last day of the negotiator's mandate (inclusive).</summary>
    public LocalDate? MandateEnd { get; init; }

    /// <summary>Gets the last day of an employee negotiator's labour contract (劳动合同期满), art 28.</summary>
    public LocalDate? LabourContractEnd { get; init; }

    /// <summary>
    /// Gets whether the negotiator asked for the labour contract to be extended (本人要求顺延), where a regional text extends it
    /// only on request (北京市集体合同条例 第十八条).
    /// </summary>
    public bool? ExtensionRequested { get; init; }
}
