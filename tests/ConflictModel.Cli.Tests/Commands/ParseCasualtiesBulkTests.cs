using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary><c>conflictmodel parse-casualties --input FILE|-</c>: one JSON string per line in, one JSON result per line out.</summary>
public sealed class ParseCasualtiesBulkTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Input_File_OneResultPerLine_BadLinesReportedWithTheirNumber()
    {
        var path = _files.Write("fields.jsonl", "\"30–60+ killed\"\n\n{\"text\": \"12 killed\"}\n\"12 killed, the rest unclear\"\n\"unterminated\n");

        var result = Cli.Run("parse-casualties", "--input", path);

        result.ExitCode.Should().Be(1);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4, "the blank line 2 is skipped");
        var first = JsonNode.Parse(lines[0])!;
        (first["line"]!.GetValue<int>(), first["input"]!.GetValue<string>(), first["complete"]!.GetValue<bool>()).Should().Be((1, "30–60+ killed", true));
        first["estimates"]![0]!["quantity"]!["low"]!.GetValue<long>().Should().Be(30);
        lines[1].Should().Be("{\"line\":3,\"error\":\"expected one JSON string such as \\\"30–60+ killed\\\", found an object\"}");
        var third = JsonNode.Parse(lines[2])!;
        (third["line"]!.GetValue<int>(), third["complete"]!.GetValue<bool>()).Should().Be((4, false));
        third["unparsed"]![0]!["text"]!.GetValue<string>().Should().Be(", the rest unclear");
        JsonNode.Parse(lines[3])!["line"]!.GetValue<int>().Should().Be(5);
        JsonNode.Parse(lines[3])!["error"]!.GetValue<string>().Should().StartWith("not valid JSON at position ");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{path}: line 3: expected one JSON string such as \"30–60+ killed\", found an object",
            $"{path}: line 5: {JsonNode.Parse(lines[3])!["error"]!.GetValue<string>()}",
            "2 fields parsed, 1 with unparsed text, 2 bad lines");
    }

    [Fact]
    public void Input_EveryLineComplete_ExitsZero()
    {
        var path = _files.Write("fields.jsonl", "\"Per Russia: 1,200 killed; per Ukraine: 2,500 killed\"\n\"at least 12 civilians, including 4 children\"\n");

        var result = Cli.Run("parse-casualties", "-i", path);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        lines[0]["estimates"]!.AsArray().Select(e => e!["attribution"]!.GetValue<string>()).Should().Equal("Russia", "Ukraine");
        var parts = lines[1]["estimates"]!.AsArray();
        (parts[0]!["partOf"], parts[1]!["partOf"]!.GetValue<int>()).Should().Be((null, 0));
        parts[1]!["subject"]!.GetValue<string>().Should().Be("children");
        result.Error.Should().Be("2 fields parsed, 0 with unparsed text, 0 bad lines\n");
    }

    [Fact]
    public void Input_MissingFile_ExitsTwo()
    {
        var path = Path.Combine(_files.Path, "absent.jsonl");

        var result = Cli.Run("parse-casualties", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"{path}: cannot be read: ");
    }

    [Theory]
    [InlineData(new[] { "parse-casualties" }, "Give the TEXT to parse, or --input FILE (or '-') to parse one JSON string per line.")]
    [InlineData(new[] { "parse-casualties", "30 killed", "--input", "x.jsonl" }, "Give either TEXT or --input, not both.")]
    public void TextAndInput_ExactlyOneIsGiven(string[] args, string error)
    {
        var result = Cli.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Split('\n')[0].Should().Be("conflictmodel: " + error);
    }

    [Fact]
    public async System.Threading.Tasks.Task Input_Dash_ReadsStandardInput()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ConflictModel.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "parse-casualties", "--input", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("\"c. 3,000–4,000 dead or missing\"\n42\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(1);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var quantity = JsonNode.Parse(lines[0])!["estimates"]![0]!["quantity"]!;
        (quantity["form"]!.GetValue<string>(), quantity["low"]!.GetValue<long>(), quantity["high"]!.GetValue<long>(), quantity["approximate"]!.GetValue<bool>())
            .Should().Be(("range", 3000, 4000, true));
        lines[1].Should().Be("{\"line\":2,\"error\":\"expected one JSON string such as \\\"30–60+ killed\\\", found a number\"}");
        (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "standard input: line 2: expected one JSON string such as \"30–60+ killed\", found a number",
            "1 field parsed, 0 with unparsed text, 1 bad line");
    }

    [Fact]
    public void Text_PartsRemarksAndSubjects_ArePrinted()
    {
        var result = Cli.Run("parse-casualties", "at least 12 civilians, including 4 children (1 later died in hospital)");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "estimate [0, 21) \"at least 12 civilians\": measure none, quantity ≥12, of civilians",
            "estimate [33, 70) \"4 children (1 later died in hospital)\": measure none, quantity 4, of children, part of estimate 1, remark \"1 later died in hospital\"");
    }
}
