namespace Union.Cli.Tests;

internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = UnionCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built tool (union.dll beside the tests) as its own process with extra environment variables.</summary>
    public static (int Code, string Out, string Err) RunProcess(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        string host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "union.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("union did not finish in 120 s: " + string.Join(' ', args));
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public static string TempFile(string content, string name = "input.json")
    {
        string dir = Path.Combine(Path.GetTempPath(), "union-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempBytes(byte[] content, string name = "input.json")
    {
        string path = TempFile(string.Empty, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
