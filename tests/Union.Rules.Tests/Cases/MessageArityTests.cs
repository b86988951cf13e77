using Union.Rules.Engine;

namespace Union.Rules.Tests.Cases;

/// <summary>
/// Every finding that any legal case produces names a message that exists, and carries an argument for every placeholder of
/// its message: a finding can never render with a hole in it, in either language.
/// </summary>
public sealed class MessageArityTests
{
    public static TheoryData<string> Folders() => [.. CaseDomains.All.Select(d => d.Folder)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_finding_of_the_cases_fills_every_placeholder_of_its_message(string folder)
    {
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        int findings = 0;
        foreach (object[] row in LegalCase.All(folder))
        {
            LegalCase c = LegalCase.Load(folder, (string)row[1], (int)row[2]);
            foreach (Finding f in CaseDomains.For(folder).Run(c).Report.Findings)
            {
                findings++;
                MessageEntry? entry = Messages.Default.Entries.FirstOrDefault(e => e.Key == f.MessageKey);
                if (entry is null)
                {
                    problems.Add($"{f.MessageKey}: no such message");
                    continue;
                }

                HashSet<string> given = [.. f.Arguments.Select(a => a.Key)];
                foreach (string missing in Messages.Placeholders(entry.Zh).Where(p => !given.Contains(p)))
                {
                    problems.Add($"{f.MessageKey}: no argument for {{{missing}}}");
                }
            }
        }

        Assert.True(findings > 100, folder + ": too few findings to say anything");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
