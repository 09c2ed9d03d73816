using System.Linq;
using ConflictModel.Figures;
using ConflictModel.Interop.Wikipedia;
using CsCheck;
using Timbuktu2025;

namespace ConflictModel.Interop.Tests.Wikipedia;

public class InfoboxRoundTripPropertyTests
{
    private static readonly Gen<Quantity> Quantities = Gen.OneOf(
        Gen.Long[0, 5_000_000].Select(Quantity.Exactly),
        Gen.Long[0, 5_000_000].Select(Quantity.AtLeast),
        Gen.Long[0, 5_000_000].Select(Quantity.AtMost),
        Gen.Select(Gen.Long[0, 5_000_000], Gen.Long[1, 5_000_000], Gen.Bool, (low, width, open) => Quantity.Between(low, low + width, open)),
        Gen.Int[0, 3].Select(i => Quantity.Qualitative(new[] { "several", "dozens", "hundreds", "a few" }[i])));

    [Fact]
    public void RenderThenRead_AnyKilledFigure_ReconcilesToTheSameRange()
    {
        var sample = TimbuktuAttack.Build();
        var attack = sample.Engagements.Single(e => e.Id == TimbuktuAttack.AttackId);
        var statement = attack.Figures.Single(f => f.Id == TimbuktuAttack.MaliKilled).Estimates[0].StatementId;
        var options = new InfoboxRenderOptions { Measures = [Measure.Killed] };

        Gen.Select(Quantities, Quantities).Sample((a, b) =>
        {
            var figures = attack.Figures.Select(f => f.Id == TimbuktuAttack.MaliKilled ? f with { Estimates = [Estimate.Of(statement, a), Estimate.Of(statement, b)] } : f).ToArray();
            var engagement = attack with { Figures = figures };
            var document = sample with { Engagements = [engagement] };
            var expected = FigureReconciler.Reconcile(figures.Single(f => f.Id == TimbuktuAttack.MaliKilled), ReconciliationContext.For(document, engagement), ReconciliationPolicy.FullRange);

            var read = InfoboxReader.Read(InfoboxRenderer.Render(document, engagement, options))!.ToDocument().Document!;

            var back = read.Engagements[0];
            var killed = back.Figures.First(f => f.Measure == Measure.Killed);
            FigureReconciler.Reconcile(killed, ReconciliationContext.For(read, back), ReconciliationPolicy.FullRange).ToRangeText().Should().Be(expected.ToRangeText());
        }, iter: 300);
    }
}
