using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>The outputs the workers'-congress rules compute (职工代表大会审查输出): the numbers due and the next session's date.</summary>
public static class WorkersCongressOutputs
{
    /// <summary>The fewest delegates the congress must have for its headcount (WC-DELEGATES).</summary>
    public static readonly Output<int> MinimumDelegates = new("minimumDelegates");

    /// <summary>The most middle and senior managers the delegates may include (WC-MANAGERS).</summary>
    public static readonly Output<int> MaximumManagers = new("maximumManagers");

    /// <summary>The day of the last session held on or before the review date (WC-FREQUENCY).</summary>
    public static readonly Output<LocalDate> LastSession = new("lastSession");

    /// <summary>The last day by which the next session is due, counted from the last one (WC-FREQUENCY).</summary>
    public static readonly Output<LocalDate> NextSessionDue = new("nextSessionDue");
}
