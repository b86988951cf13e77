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

    public static string TempFile(string content, string name = "input.json")
    {
        string dir = Path.Combine(Path.GetTempPath(), "union-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
