using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using ConflictModel.Json;
using ConflictModel.Testing;
using ConflictModel.Time;

namespace ConflictModel.Tests.Json;

/// <summary>
/// The hand-written reader must not fall behind the model: its member tables equal the source-generated
/// metadata (which still drives writing and the schema), and it answers every broken input exactly as
/// reading through that metadata does.
/// </summary>
public partial class DocumentReaderTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Members_EqualTheGeneratedMetadata_ForEveryObjectTypeOfTheContext()
    {
        var contextTypes = typeof(DatasetJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToList();
        var tables = DocumentReader.Members;

        contextTypes.Should().HaveCountGreaterThanOrEqualTo(18);
        foreach (var type in contextTypes)
        {
            var info = JsonFormat.Options.GetTypeInfo(type);
            info.Kind.Should().Be(JsonTypeInfoKind.Object, type.Name);
            tables.Should().ContainKey(type, "the reader must read every type of the context");
            var table = tables[type];

            table.Names.Should().Equal(info.Properties.Select(p => p.Name), $"the members of {type.Name}, in order");
            table.Required.Should().Equal(info.Properties.Where(p => p.IsRequired).Select(p => p.Name), $"the required members of {type.Name}");
            table.Owner.Should().Be(type.Name);
        }

        tables.Keys.Should().BeEquivalentTo(contextTypes, "the reader reads no type the context does not describe");
    }

    [Fact]
    public void Members_OfATime_EqualTheModel()
    {
        // TemporalExtent is read and written by its converter, not by generated metadata: compare with the
        // record itself (its init members, and which are required).
        var properties = typeof(TemporalExtent).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null).ToList();

        TemporalExtentConverter.Members.Names.Should().Equal(properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
        TemporalExtentConverter.Members.Required.Should().Equal(
            properties.Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
    }

    [Fact]
    public void Members_EveryObjectTypeReachableFromTheDocument_IsInTheContext()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(DatasetDocument)]);
        while (pending.TryPop(out var type))
        {
            var info = JsonFormat.Options.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Enumerable)
            {
                pending.Push(info.ElementType!);
            }
            else if (info.Kind == JsonTypeInfoKind.Object && seen.Add(type))
            {
                foreach (var property in info.Properties)
                {
                    pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
                }
            }
        }

        seen.Should().BeEquivalentTo(DocumentReader.Members.Keys);
    }

    [Fact]
    public void Read_AnswersEveryMutationOfTheExamples_AsTheGeneratedMetadataDoes()
    {
        var bases = new[]
        {
            File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "examples", "timbuktu-2025.json")),
            DatasetJson.Write(DocumentGenerator.Generate(7, 4)),
        };
        var cases = 0;
        foreach (var text in bases)
        {
            foreach (var (name, json) in Mutations(text))
            {
                var utf8 = Encoding.UTF8.GetBytes(json);
                var generated = Outcome(utf8, static bytes => JsonSerializer.Deserialize(bytes, JsonFormat.Document));
                var handWritten = Outcome(utf8, static bytes => DocumentReader.Read(bytes));
                handWritten.Should().Be(generated, name);
                cases++;
            }
        }

        cases.Should().BeGreaterThan(2000);
    }

    /// <summary>What reading gives: the document written back, or the located error, both as text.</summary>
    private static string Outcome(byte[] utf8, ReadSpan read)
    {
        try
        {
            return read(utf8) is { } document ? "OK " + DatasetJson.Write(document) : "null";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            var error = JsonErrorLocator.Locate(utf8, e, jsonLine: null);
            return $"{error.Path} {error.LineNumber} {error.BytePositionInLine} {error.Message}";
        }
    }

    /// <summary>
    /// For the first value at each path of the schema (indices ignored): the value replaced by each kind of
    /// token, removed, repeated, followed by an unknown member, and arrays with a null element.
    /// </summary>
    private static IEnumerable<(string Name, string Json)> Mutations(string text)
    {
        string[] replacements = ["null", "7", "-0.5", "9223372036854775808", "\"x\"", "\"2025\"", "true", "[]", "{}", "[null]", "[7]", "[{}]"];
        var root = JsonNode.Parse(text)!;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in Walk(root))
        {
            var path = node.GetPath();
            if (node.Parent is null || !paths.Add(IndexPattern().Replace(path, "[]")))
            {
                continue;
            }

            foreach (var replacement in replacements)
            {
                yield return ($"{path} = {replacement}", Mutate(text, path, (target, parent) => Replace(target, parent, JsonNode.Parse(replacement))));
            }

            if (node.Parent is JsonObject)
            {
                var key = node.GetPropertyName();
                yield return ($"{path} removed", Mutate(text, path, (_, parent) => ((JsonObject)parent).Remove(key)));
                yield return ($"{path} repeated", Mutate(text, path, (target, parent) => ((JsonObject)parent).Add("__repeat__", target.DeepClone())).Replace("\"__repeat__\"", "\"" + key + "\"", StringComparison.Ordinal));
            }

            if (node is JsonObject)
            {
                yield return ($"{path} unknown member", Mutate(text, path, (target, _) => ((JsonObject)target).Add("zz", JsonNode.Parse("{\"a\": [1]}"))));
            }

            if (node is JsonArray { Count: > 0 })
            {
                yield return ($"{path} null element", Mutate(text, path, (target, _) => ((JsonArray)target).Insert(0, null)));
            }
        }
    }

    private static string Mutate(string text, string path, Action<JsonNode, JsonNode> change)
    {
        var root = JsonNode.Parse(text)!;
        var target = Walk(root).First(n => n.GetPath() == path);
        change(target, target.Parent!);
        return root.ToJsonString(Indented);
    }

    private static void Replace(JsonNode target, JsonNode parent, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[target.GetPropertyName()] = value;
        }
        else
        {
            ((JsonArray)parent)[target.GetElementIndex()] = value;
        }
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().ToList())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConflictModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();

    private delegate DatasetDocument? ReadSpan(ReadOnlySpan<byte> utf8);
}
