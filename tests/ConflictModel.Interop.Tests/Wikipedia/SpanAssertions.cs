using System.Linq;
using ConflictModel.Interop.Wikipedia;

namespace ConflictModel.Interop.Tests.Wikipedia;

internal static class SpanAssertions
{
    /// <summary>Spans are in order, non-empty, contiguous from 0 to the input's length, and each estimate is one estimate span.</summary>
    public static void CoverInputWithoutOverlap(CasualtyParseResult result)
    {
        var position = 0;
        foreach (var span in result.Spans)
        {
            span.Start.Should().Be(position, "spans must be contiguous in '{0}'", result.Input);
            span.Length.Should().BePositive();
            span.Text.Should().Be(result.Input.Substring(span.Start, span.Length));
            position = span.End;
        }

        position.Should().Be(result.Input.Length);
        foreach (var estimate in result.Estimates)
        {
            result.Spans.Should().Contain(s => s.Kind == CasualtySpanKind.Estimate && s.Start == estimate.Start && s.Length == estimate.Length);
        }

        result.Estimates.Count.Should().Be(result.Spans.Count(s => s.Kind == CasualtySpanKind.Estimate));
    }
}
