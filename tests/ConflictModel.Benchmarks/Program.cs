using BenchmarkDotNet.Running;

namespace ConflictModel.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ConflictModel.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher).</summary>
    /// <param name="args">BenchmarkDotNet arguments, such as <c>--filter *Json*</c>.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
