using Union.Domain.LabourStandards;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>The bundled labour files (their reports are matched in <see cref="Engine.ReportSnapshotTests"/>).</summary>
public sealed class LabourExampleTests
{
    [Fact]
    public void The_examples_round_trip_through_the_writer()
    {
        foreach (LabourFile file in new[] { LabourStandardsDomain.Default.Example, LabourStandardsDomain.Default.FlawedExample })
        {
            string json = LabourStandardsDomain.Default.Write(file);
            var again = LabourStandardsDomain.Default.Read(json, "again.json");
            Assert.True(again.IsValid, string.Join("; ", again.Issues));
            Assert.Equal(json, LabourStandardsDomain.Default.Write(again.Value!));
        }
    }
}
