namespace ConflictModel.Packaging.Tests;

/// <summary>The tests that share one <see cref="PackedFeed"/>: packing happens once per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedTests : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
