namespace Union.Cli;

/// <summary>The entry point of the <c>union</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => UnionCli.Run(args, Console.Out, Console.Error);
}
