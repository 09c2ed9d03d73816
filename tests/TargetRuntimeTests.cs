using System;

namespace ConflictModel.Tests;

/// <summary>The tests of each target framework run on that framework's runtime, not a newer one rolled forward to.</summary>
public class TargetRuntimeTests
{
    [Fact]
    public void Tests_RunOnTheRuntimeOfTheirTargetFramework()
    {
#if NET10_0_OR_GREATER
        const int expected = 10;
#else
        const int expected = 8;
#endif
        Environment.Version.Major.Should().Be(expected);
    }
}
