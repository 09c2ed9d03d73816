using System.CommandLine;
using System.IO;
using System.Text;

namespace ConflictModel.Cli.Commands;

/// <summary>The <c>--out DIR</c> option of the generating commands, and writing a generated file.</summary>
internal static class OutputDirectory
{
    /// <summary>Creates the option.</summary>
    /// <param name="what">What is written there, for the help.</param>
    /// <returns>A new option.</returns>
    internal static Option<DirectoryInfo> Create(string what) => new("--out", "-o")
    {
        Description = $"The directory to write {what} into (created if missing). Without it, the text goes to standard output.",
        HelpName = "DIR",
    };

    /// <summary>Writes <paramref name="text"/> to <paramref name="fileName"/> in <paramref name="directory"/>, or to the output when there is no directory.</summary>
    /// <param name="result">The parse result, for the output writer.</param>
    /// <param name="directory">The directory, or <see langword="null"/>.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="text">The content; written as UTF-8 without a byte-order mark.</param>
    /// <returns><see cref="ExitCodes.Success"/>.</returns>
    internal static int Write(ParseResult result, DirectoryInfo? directory, string fileName, string text)
    {
        var output = result.InvocationConfiguration.Output;
        if (directory is null)
        {
            output.Write(text);
            return ExitCodes.Success;
        }

        directory.Create();
        var path = Path.Combine(directory.FullName, fileName);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.WriteLine("Wrote " + Path.Combine(directory.ToString(), fileName));
        return ExitCodes.Success;
    }
}
