using System;
using ConflictModel.Cli;

return CommandLine.Invoke(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
