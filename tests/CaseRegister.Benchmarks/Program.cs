using CaseRegister.Benchmarks;

// Whole-scenario benchmarks over synthetic data (SPEC §5 quality targets), each reported as wall
// time (median of several runs) and as a ratio against a hand-written SQL baseline.
//   dotnet run -c Release --project tests/CaseRegister.Benchmarks -- <scenario> [options]
// Scenarios register themselves below; each parses its own options.
var scenarios = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["planner"] = PlannerScenario.RunAsync,
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var scenario))
{
    Console.Error.WriteLine($"Usage: dotnet run -c Release -- <scenario> [options]\nScenarios: {string.Join(", ", scenarios.Keys)}\n  planner [--cases N] [--runs R]");
    return 2;
}
return await scenario(args[1..]);
