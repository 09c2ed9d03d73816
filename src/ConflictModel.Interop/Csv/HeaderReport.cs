using System.Collections.Generic;

namespace ConflictModel.Interop.Csv;

/// <summary>What matching a header found: missing, unknown and renamed columns.</summary>
internal sealed class HeaderReport
{
    public List<string> Missing { get; } = [];

    public List<string> Unknown { get; } = [];

    public List<string> Renamed { get; } = [];
}
