using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using ConflictModel.Collections;

namespace ConflictModel.Tests;

/// <summary>Convention tests over the whole public model, in the manner of NodaTime's MutabilityTest.</summary>
public class ModelConventionTests
{
    private static readonly string[] ModelNamespaces =
        ["ConflictModel", "ConflictModel.Actors", "ConflictModel.Analysis", "ConflictModel.Engagements", "ConflictModel.Figures", "ConflictModel.Places", "ConflictModel.Sources", "ConflictModel.Time"];

    public static TheoryData<Type> ModelRecords()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(DatasetDocument).Assembly.GetExportedTypes()
                     .Where(t => ModelNamespaces.Contains(t.Namespace) && IsRecord(t)))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void ModelRecords_AreFound()
    {
        // Guards the theory below against silently running on nothing.
        ModelRecords().Count.Should().BeGreaterThan(25);
    }

    [Theory]
    [MemberData(nameof(ModelRecords))]
    public void ModelRecord_IsSealedOrValueType(Type type)
    {
        (type.IsSealed || type.IsValueType).Should().BeTrue($"{type.Name} must be a sealed record or a record struct");
    }

    [Theory]
    [MemberData(nameof(ModelRecords))]
    public void ModelRecord_HasNoPublicMutableSetter(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                continue;
            }

            var isInitOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            isInitOnly.Should().BeTrue($"{type.Name}.{property.Name} must be get/init only");
        }
    }

    [Theory]
    [MemberData(nameof(ModelRecords))]
    public void ModelRecord_CollectionsCompareByValue(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var t = property.PropertyType;
            if (t == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(t))
            {
                continue;
            }

            (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableArray<>))
                .Should().BeTrue($"{type.Name}.{property.Name} is a collection and must be an EquatableArray<T> to compare by value");
        }
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") is not null || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
