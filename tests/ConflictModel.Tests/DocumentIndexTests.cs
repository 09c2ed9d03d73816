using ConflictModel.Actors;
using Timbuktu2025;

namespace ConflictModel.Tests;

public class DocumentIndexTests
{
    private static readonly DatasetDocument Document = TimbuktuAttack.Build();
    private static readonly DocumentIndex Index = new(Document);

    [Fact]
    public void Find_ResolvesDeclaredIdsAndReturnsNullForUnknownOnes()
    {
        Index.FindActor(new ActorId("jnim"))!.Name.Should().Be("Jama'at Nasr al-Islam wal-Muslimin");
        Index.FindSource(new("afp"))!.Name.Should().Be("Agence France-Presse");
        Index.FindEngagement(TimbuktuAttack.AttackId)!.Name.Should().Be("2025 Timbuktu attack");
        Index.FindActor(new ActorId("nobody")).Should().BeNull();
    }

    [Fact]
    public void AncestryOf_FollowsParentsAndStopsAtCycles()
    {
        Index.AncestryOf(new("fama")).Should().Equal(new ActorId("fama"), new ActorId("mali-government"));

        var cyclic = new DatasetDocument
        {
            Actors =
            [
                new Actor { Id = new("a"), Name = "A", Kind = ActorKind.Militia, ParentId = new ActorId("b") },
                new Actor { Id = new("b"), Name = "B", Kind = ActorKind.Militia, ParentId = new ActorId("a") },
            ],
        };
        new DocumentIndex(cyclic).AncestryOf(new("a")).Should().Equal(new ActorId("a"), new ActorId("b"));
    }

    [Fact]
    public void SideOfSource_UsesTheActorHierarchyBothWays()
    {
        var attack = Index.FindEngagement(TimbuktuAttack.AttackId)!;

        Index.SideOfSource(attack, new("mali-army"))!.Id.Should().Be(TimbuktuAttack.MaliSide);
        Index.SideOfSource(attack, new("mali-government"))!.Id.Should().Be(TimbuktuAttack.MaliSide, "the government is the parent of an actor on the side");
        Index.SideOfSource(attack, new("jnim"))!.Id.Should().Be(TimbuktuAttack.JnimSide);
        Index.SideOfSource(attack, new("afp")).Should().BeNull();
    }

    [Fact]
    public void DuplicateIds_FirstDeclarationWins()
    {
        var doc = new DatasetDocument
        {
            Actors =
            [
                new Actor { Id = new("x"), Name = "First", Kind = ActorKind.Militia },
                new Actor { Id = new("x"), Name = "Second", Kind = ActorKind.Militia },
                null!,
            ],
        };

        new DocumentIndex(doc).FindActor(new("x"))!.Name.Should().Be("First");
    }
}
