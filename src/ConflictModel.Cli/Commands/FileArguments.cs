using System.CommandLine;

namespace ConflictModel.Cli.Commands;

/// <summary>File arguments that refuse what looks like a mistyped option, instead of taking it for a file name.</summary>
internal static class FileArguments
{
    /// <summary>Adds the check to an argument.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="argument">The argument.</param>
    /// <returns>The same argument.</returns>
    internal static Argument<T> RejectOptionLikeNames<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'. (A file whose name starts with '-' can be given as ./{token.Value}.)");
                    return;
                }
            }
        });
        return argument;
    }
}
