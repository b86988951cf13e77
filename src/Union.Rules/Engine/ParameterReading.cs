using NodaTime;
using Union.Domain.Common;

namespace Union.Rules.Engine;

/// <summary>
/// A parameter value read for a date (参数读取记录): the value in force, since when, from which source and which layer;
/// recorded in explanations so a decision shows every number it used.
/// </summary>
/// <param name="Name">The parameter's name, e.g. <c>cc.reply.period</c>.</param>
/// <param name="Value">The value in force.</param>
/// <param name="From">The day the value came into force.</param>
/// <param name="Source">The source of the value.</param>
/// <param name="Layer">The layer that supplied it: <c>national</c>, a region code such as <c>310000</c>, or a caller's layer name.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Comparison">How the threshold is compared, where it is one.</param>
/// <param name="StaleSince">When set, the value is older than its statutory adjustment cycle: a newer notice may exist since this date.</param>
/// <param name="Verification">How the value was checked, when recorded.</param>
public sealed record ParameterReading(
    string Name,
    ParameterScalar Value,
    LocalDate From,
    string Source,
    string Layer,
    string Unit,
    Comparison? Comparison = null,
    LocalDate? StaleSince = null,
    string? Verification = null)
{
    /// <summary>Gets whether the value is older than its statutory adjustment cycle.</summary>
    public bool IsStale => StaleSince is not null;
}
