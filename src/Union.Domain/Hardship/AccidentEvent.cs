using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>
/// An accident, disaster or sudden illness that caused losses (致困事件), with what was recovered: compensation, insurance and aid.
/// </summary>
public sealed record AccidentEvent
{
    /// <summary>Gets the day of the event.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets a short description, when given.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the losses and costs caused (致困费用、损失).</summary>
    [InputRange(0, 1e12)]
    public required Money Losses { get; init; }

    /// <summary>Gets the compensation received (赔偿、补偿).</summary>
    [InputRange(0, 1e12)]
    public Money Compensation { get; init; }

    /// <summary>Gets the insurance paid (保险支付).</summary>
    [InputRange(0, 1e12)]
    public Money Insurance { get; init; }

    /// <summary>Gets social assistance and aid received (社会救助和社会帮扶).</summary>
    [InputRange(0, 1e12)]
    public Money Aid { get; init; }

    /// <summary>Gets the losses left after compensation, insurance and aid, never below zero.</summary>
    public Money NetLosses => Money.Max(Money.Zero, Losses - Compensation - Insurance - Aid);
}
