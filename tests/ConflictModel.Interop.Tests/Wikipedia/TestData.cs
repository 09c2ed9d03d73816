using System;
using System.IO;

namespace ConflictModel.Interop.Tests.Wikipedia;

/// <summary>Finds files under Wikipedia/TestData, copied beside the test assembly.</summary>
internal static class TestData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Wikipedia", "TestData", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
