using System;
using System.IO;

namespace ConflictModel.Interop.Tests;

internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Ged => Path("GEDEvent_v26_0_4.csv");

    public static string Read(string name) => File.ReadAllText(Path(name));
}
