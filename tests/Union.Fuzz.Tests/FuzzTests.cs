using Xunit.Abstractions;

namespace Union.Fuzz.Tests;

/// <summary>
/// The seeded mutation fuzz over every document type: each mutated input is either rejected by the reader with issues that
/// name a <c>$</c> path, or read, evaluated and rendered in zh-Hans and en without an exception. 5,000 cases per type by
/// default; <c>UNION_FUZZ_CASES=100000</c> runs the full count, <c>UNION_FUZZ_SEED</c> changes the seed (docs/fuzzing.md).
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Collective_contracts_never_escape() => Run(FuzzTarget.Contract);

    [Fact]
    public void Wage_proposals_never_escape() => Run(FuzzTarget.Wage);

    [Fact]
    public void Hardship_applications_never_escape() => Run(FuzzTarget.Hardship);

    [Fact]
    public void Workers_congress_records_never_escape() => Run(FuzzTarget.Congress);

    [Fact]
    public void Union_organisations_never_escape() => Run(FuzzTarget.Organisation);

    [Fact]
    public void Parameter_layers_never_escape() => Run(FuzzTarget.Parameters);

    [Fact]
    public void Holiday_documents_never_escape() => Run(FuzzTarget.Holidays);

    [Fact]
    public void Labour_files_never_escape() => Run(FuzzTarget.Labour);

    private void Run(FuzzTarget target)
    {
        FuzzRun run = FuzzRun.Execute(target, FuzzRun.Cases, FuzzRun.Seed);
        string text = run.Describe();
        output.WriteLine(text);
        string? summary = Environment.GetEnvironmentVariable("UNION_FUZZ_SUMMARY");
        if (summary is not null)
        {
            File.AppendAllText(summary, text);
        }

        Assert.True(run.Escaped == 0, text);
        Assert.Equal(run.Tried, run.Rejected + run.Evaluated);
        Assert.True(run.Rejected > 0 && run.Evaluated > 0, "a run that never rejects or never evaluates tests nothing: " + text);
    }
}
