using System.Linq;
using System.Reflection;

namespace ConflictModel.Cli.Tests.Commands;

/// <summary>The command line itself, in-process: help, version, and one-line errors for wrong arguments.</summary>
public class CommandLineTests
{
    public static TheoryData<string[], string, string> WrongArguments => new()
    {
        { ["validate", "--bogus", "file.json"], "conflictmodel: Unrecognized option '--bogus'. (A file whose name starts with '-' can be given as ./--bogus.)", "conflictmodel validate" },
        { ["valdate", "file.json"], "conflictmodel: Unrecognized command or argument 'valdate'.", "conflictmodel" },
        { ["validate"], "conflictmodel: Required argument 'FILE' missing for command: 'validate'.", "conflictmodel validate" },
        { ["validate", "--format", "xml", "file.json"], "conflictmodel: Argument 'xml' not recognized. Must be one of: 'auto' 'json' 'jsonl' 'ged' 'acled' 'ucdp-api' 'acled-api'", "conflictmodel validate" },
        { ["validate", "--output", "yaml", "file.json"], "conflictmodel: Argument 'yaml' not recognized. Must be one of: 'text' 'json'", "conflictmodel validate" },
        { ["summary"], "conflictmodel: Required argument 'FILE' missing for command: 'summary'.", "conflictmodel summary" },
        { ["summary", "a.json", "b.json"], "conflictmodel: Unrecognized command or argument 'b.json'.", "conflictmodel summary" },
        { ["schema", "--out"], "conflictmodel: Required argument missing for option: '--out'.", "conflictmodel schema" },
        { ["docs", "extra"], "conflictmodel: Unrecognized command or argument 'extra'.", "conflictmodel docs" },
        { [], "conflictmodel: Required command was not provided.", "conflictmodel" },
        { ["convert", "--from", "xml", "--to", "json", "in.xml", "out.json"], "conflictmodel: Argument 'xml' not recognized. Must be one of: 'auto' 'json' 'jsonl' 'ged' 'acled' 'ucdp-api' 'acled-api'", "conflictmodel convert" },
        { ["convert", "--from", "ged", "in.csv", "out.json"], "conflictmodel: Option '--to' is required.", "conflictmodel convert" },
        { ["convert", "--threads", "0", "--to", "json", "in.csv", "out.json"], "conflictmodel: --threads must be 1 or more.", "conflictmodel convert" },
        { ["convert", "--from", "ged", "--to", "json", "--bad-rows", "ignore", "in.csv", "out.json"], "conflictmodel: Argument 'ignore' not recognized. Must be one of: 'stop' 'skip'", "conflictmodel convert" },
        { ["convert", "--from", "ged", "--to", "json", "--batch-size", "0", "in.csv", "out.json"], "conflictmodel: --batch-size must be 1 or more.", "conflictmodel convert" },
        { ["convert", "--from", "ged", "--to", "json", "--threads", "0", "in.csv", "out.json"], "conflictmodel: --threads must be 1 or more.", "conflictmodel convert" },
        { ["infobox"], "conflictmodel: Required argument 'FILE' missing for command: 'infobox'.", "conflictmodel infobox" },
        { ["infobox", "a.json", "--measure", "dead"], "conflictmodel: Argument 'dead' not recognized. Must be one of: 'killed' 'wounded' 'killedOrWounded' 'captured' 'arrested' 'missing' 'lynched' 'displaced' 'destroyed'", "conflictmodel infobox" },
        { ["parse-casualties"], "conflictmodel: Give the TEXT to parse, or --input FILE (or '-') to parse one JSON string per line.", "conflictmodel parse-casualties" },
        { ["parse-casualties", "--output", "xml", "30 killed"], "conflictmodel: Argument 'xml' not recognized. Must be one of: 'text' 'json'", "conflictmodel parse-casualties" },
        { ["convert", "--from", "ged", "--to", "json", "in.csv"], "conflictmodel: Required argument 'OUT' missing for command: 'convert'.", "conflictmodel convert" },
    };

    [Theory]
    [MemberData(nameof(WrongArguments))]
    public void WrongArgument_PrintsOneLineErrorAndUsage_AndExitsTwo(string[] args, string error, string command)
    {
        var result = Cli.Run(args);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            error,
            result.Error.Split('\n')[1],
            $"Run '{command} --help' for more information.");
        result.Error.Split('\n')[1].Should().StartWith("Usage: " + command);
        result.Error.Should().NotContain(" at ", "no stack trace");
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var result = Cli.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Usage:").And.Contain("--version");
        foreach (var command in new[] { "validate <FILE>", "summary <FILE>", "schema", "docs", "convert <IN> <OUT>", "parse-casualties <TEXT>", "infobox <FILE>" })
        {
            result.Output.Should().Contain("  " + command + " ");
        }
    }

    [Theory]
    [InlineData("validate", new[] { "<FILE>...", "-f, --format <auto|json|jsonl|ged|acled|ucdp-api|acled-api>", "-o, --output <text|json>", "Exit code: 0 when there is no error", "[default: auto]", "[default: text]", "a closing count goes to standard error" })]
    [InlineData("convert", new[] { "<IN>", "<OUT>", "--from <auto|json|jsonl|ged|acled|ucdp-api|acled-api>", "[default: auto]", "--to <json|jsonl|ged|acled>", "--jsonl-shape <engagement|document>", "[default: engagement]", "--bad-rows <stop|skip>", "[default: stop]", "--batch-size <N>", "[default: 1000]", "--threads <N>", "the number of cores for inputs of 64 MiB or more", "--warnings", "or - for standard output", "Exit code: 0 when everything was converted", "1 when --bad-rows skip left rows or lines out" })]
    [InlineData("parse-casualties", new[] { "<TEXT>", "-i, --input <FILE|->", "-o, --output <text|json>", "[default: text]", "Exit code: 0 when every part of the text was understood, 1 when some of it was not" })]
    [InlineData("infobox", new[] { "<FILE>", "-e, --engagement <ID>", "the document's first engagement", "-m, --measure <MEASURE>", "-p, --policy <fullRange|conservative|bestEstimate>", "[default: fullRange]", "Exit code: 0 when printed, 2 when" })]
    [InlineData("summary", new[] { "<FILE>", "reconciled range under each policy" })]
    [InlineData("schema", new[] { "-o, --out <DIR>", "JSON Schema (draft 2020-12)", "Without it, the text goes to standard output." })]
    [InlineData("docs", new[] { "-o, --out <DIR>", "--page <all|codebook|problem-codes>", "codebook of the format", "Timbuktu 2025", "problem-codes.md" })]
    public void Help_OfEachCommand_DescribesItsArgumentsAndOptions(string command, string[] expected)
    {
        var result = Cli.Run(command, "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith("Description:");
        result.Output.Should().Contain("Usage:\n  conflictmodel " + command);
        foreach (var text in expected)
        {
            result.Output.Should().Contain(text);
        }
    }

    [Fact]
    public void Version_PrintsTheToolsVersion()
    {
        var version = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = Cli.Run("--version");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be(version + "\n");
        version.Should().StartWith("0.1.0");
    }

    [Fact]
    public void EveryCommand_HasADescription_AndEveryOptionAndArgumentToo()
    {
        foreach (var command in CommandLine.Create().Subcommands)
        {
            command.Description.Should().NotBeNullOrWhiteSpace(command.Name);
            foreach (var symbol in command.Options.Cast<System.CommandLine.Symbol>().Concat(command.Arguments))
            {
                symbol.Description.Should().NotBeNullOrWhiteSpace($"{command.Name} {symbol.Name}");
            }
        }
    }
}
