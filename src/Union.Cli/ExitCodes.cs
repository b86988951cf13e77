namespace Union.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>No violation found, and every rule was assessed.</summary>
    public const int Ok = 0;

    /// <summary>At least one violation found.</summary>
    public const int Violations = 1;

    /// <summary>The input (a file, an option) is invalid; the message names the file and the JSON path.</summary>
    public const int InvalidInput = 2;

    /// <summary>No violation found, but one or more rules could not be assessed.</summary>
    public const int Incomplete = 3;

    /// <summary>An unexpected internal error (reported without a stack trace).</summary>
    public const int InternalError = 70;
}
