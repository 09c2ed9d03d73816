using System.CommandLine;

namespace ConflictModel.Cli.Commands;

/// <summary>Options that count something (a batch size, threads) and so refuse 0 and negative numbers.</summary>
internal static class CountOptions
{
    /// <summary>Adds the check, whose error reads "--name must be 1 or more.".</summary>
    /// <param name="option">The option.</param>
    /// <returns>The same option.</returns>
    internal static Option<int> AtLeastOne(this Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{option.Name} must be 1 or more.");
            }
        });
        return option;
    }
}
