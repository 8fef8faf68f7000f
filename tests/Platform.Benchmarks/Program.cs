using System.Globalization;
using Platform.Benchmarks;

// A load tool, not a test: it prints figures for docs/performance.md. See BenchOptions.Usage.
if (args is ["forms", ..])
{
    return await FormValidationBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
}
if (args is ["scripts", ..])
{
    int Number(int index, int fallback) => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
    var evaluations = ScriptBench.Run(seconds: Number(1, 2), rounds: Number(2, 5));
    return evaluations != 0 ? evaluations : await FormulaWriteBench.RunAsync(creates: Number(3, 2_000), rounds: Number(2, 5), CancellationToken.None);
}
if (args is ["import", ..])
{
    var rows = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 100_000;
    try
    {
        return await ImportBench.RunAsync(rows, args.Contains("--no-build"), CancellationToken.None);
    }
    finally
    {
        ChildProcesses.KillAll();
    }
}
if (args is ["pipelines", ..])
{
    int Number(int index, int fallback) => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
    try
    {
        return await PipelineBench.RunAsync(records: Number(1, 5_000), ledgerRows: Number(2, 1_000_000), clients: Number(3, 4), args.Contains("--no-build"),
            CancellationToken.None);
    }
    finally
    {
        ChildProcesses.KillAll();
    }
}
if (args is ["workflows", ..])
{
    try
    {
        return await WorkflowBench.RunAsync(args, CancellationToken.None);
    }
    finally
    {
        ChildProcesses.KillAll();
    }
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop measuring and let the run unwind, which stops the server and deletes the temporary folder.
    e.Cancel = true;
    cancel.Cancel();
};

var started = DateTimeOffset.Now;
var loadBefore = MachineInfo.LoadAverage();
// Read before the server is built: that is the code the figures belong to.
var code = MachineInfo.CodeVersion();
Console.WriteLine($"Load average before the run: {loadBefore}");
try
{
    var results = await new BenchmarkRun(options).RunAsync(cancel.Token);
    var command = "dotnet run -c Release --project tests/Platform.Benchmarks -- " + string.Join(' ', args);
    Console.WriteLine();
    Console.WriteLine(results.ToConsole());
    Console.WriteLine("Markdown for docs/performance.md:");
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run {started:yyyy-MM-dd HH:mm zzz}, {(DateTimeOffset.Now - started).TotalMinutes:0.0} min: `{command.TrimEnd()}`  "));
    Console.WriteLine("Machine: " + MachineInfo.Describe() + "  ");
    Console.WriteLine("Code: commit " + code + "  ");
    Console.WriteLine($"Load average (1 / 5 / 15 min) before the run: {loadBefore}, after: {MachineInfo.LoadAverage()}");
    Console.WriteLine();
    Console.WriteLine(results.ToMarkdown());
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
finally
{
    ChildProcesses.KillAll();
}
