using Union.Consumer.Samples;

// A consumer of the Union.Domain and Union.Rules packages, built from the packed .nupkg files. Each sample is shown in the
// README between its "sample:" and "end sample" markers (a test checks that the README shows the same code).
int failed = 0;
foreach ((string name, Func<int> run) in new (string, Func<int>)[] { ("profiles", Profiles.Run), ("contract", ContractCheck.Run), ("screening", Screening.Run) })
{
    int code = run();
    Console.WriteLine($"sample {name}: {(code == 0 ? "ok" : "FAILED")}");
    failed += code == 0 ? 0 : 1;
}

return failed == 0 ? 0 : 1;
