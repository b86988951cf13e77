using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>The filing with the labour administration (报送审查 / 备案), 集体合同规定 第四十二条.</summary>
public sealed record Filing
{
    /// <summary>Gets the day the employer lodged or sent the text (报送 / 备案之日).</summary>
    public LocalDate? Sent { get; init; }

    /// <summary>Gets the day the administration received the text (收到文本之日); the review period runs from it.</summary>
    public LocalDate? Received { get; init; }
}
