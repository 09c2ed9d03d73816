using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace ConflictModel.Schema;

/// <summary>
/// The summaries of the XML documentation file the compiler writes next to the assembly
/// (<c>ConflictModel.xml</c>), turned into plain sentences in the format's own terms: member references
/// become JSON member names, enum member references become JSON values.
/// </summary>
[RequiresUnreferencedCode(TrimmingMessages.Reflection)]
internal sealed class XmlDocumentation
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocumentation(Dictionary<string, string> summaries) => _summaries = summaries;

    /// <summary>Gets the path the documentation file is read from: next to the assembly, same name, <c>.xml</c>.</summary>
    [RequiresAssemblyFiles(TrimmingMessages.DocumentationNextToAssembly)]
    internal static string DefaultPath =>
        Path.ChangeExtension(typeof(DatasetDocument).Assembly.Location, ".xml");

    /// <summary>Reads the documentation file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The summaries.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    internal static XmlDocumentation Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The XML documentation file '{path}' was not found. The schema takes its descriptions from it: it is built with ConflictModel.dll and must sit next to it (for a package reference, set <CopyDocumentationFilesFromPackages>true</CopyDocumentationFilesFromPackages>).",
                path);
        }

        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            if (member.Attribute("name")?.Value is not { } name)
            {
                continue;
            }

            if (member.Element("summary") is { } summary)
            {
                summaries[name] = Flatten(summary);
            }

            // A positional record documents its members as parameters of the type.
            foreach (var parameter in name.StartsWith("T:", StringComparison.Ordinal) ? member.Elements("param") : [])
            {
                summaries[name + "#" + parameter.Attribute("name")?.Value] = Flatten(parameter);
            }
        }

        return new XmlDocumentation(summaries);
    }

    /// <summary>Gets the summary of a type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The summary, or <see langword="null"/> when it has none.</returns>
    internal string? OfType(Type type) => _summaries.GetValueOrDefault("T:" + type.FullName);

    /// <summary>Gets the summary of a property, as a description of the value ("Gets the name." reads "The name.").</summary>
    /// <param name="property">The property.</param>
    /// <returns>The description, or <see langword="null"/> when it has none.</returns>
    internal string? OfProperty(PropertyInfo property) =>
        _summaries.GetValueOrDefault("P:" + property.DeclaringType!.FullName + "." + property.Name) is { } text ? AsValue(text) : null;

    /// <summary>Gets the summary of an enum member.</summary>
    /// <param name="type">The enum type.</param>
    /// <param name="name">The member's C# name.</param>
    /// <returns>The summary, or <see langword="null"/> when it has none.</returns>
    internal string? OfEnumMember(Type type, string name) => _summaries.GetValueOrDefault("F:" + type.FullName + "." + name);

    /// <summary>Gets the text of a <c>param</c> element of a type (the members of a positional record).</summary>
    /// <param name="type">The type.</param>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    internal string? OfTypeParameter(Type type, string name) =>
        _summaries.GetValueOrDefault("T:" + type.FullName + "#" + name);

    private static string AsValue(string text)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["Gets or sets ", "Gets "])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                var rest = text[prefix.Length..];
                return char.ToUpperInvariant(rest[0]) + rest[1..];
            }
        }

        return text;
    }

    private static string Flatten(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("langword") is { } word:
                    text.Append(word.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see when see.Attribute("cref") is { } cref:
                    text.Append(see.IsEmpty ? NameOf(cref.Value) : see.Value);
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append(reference.Attribute("name")?.Value);
                    break;
                case XElement { Name.LocalName: "para" } para:
                    text.Append(' ');
                    Append(para, text);
                    text.Append(' ');
                    break;
                case XElement other:
                    Append(other, text);
                    break;
            }
        }
    }

    /// <summary>Names what a <c>cref</c> points to in the format's terms.</summary>
    private static string NameOf(string cref)
    {
        var kind = cref[0];
        var name = cref[2..];
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis >= 0)
        {
            name = name[..parenthesis];
        }

        var last = name[(name.LastIndexOf('.') + 1)..];
        var tick = last.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            last = last[..tick];
        }

        // A constant is shown as its value ("1.0"): the name of a C# constant means nothing in JSON.
        if (kind == 'F' && Constant(name) is { } constant)
        {
            return "\"" + constant + "\"";
        }

        return kind switch
        {
            // A property or an enum member of the format is written as it appears in JSON.
            'P' or 'F' => JsonNamingPolicy.CamelCase.ConvertName(last),
            'T' when last == "EquatableArray" => "array",
            _ => last,
        };
    }

    private static string? Constant(string fieldName)
    {
        var dot = fieldName.LastIndexOf('.');
        var type = typeof(XmlDocumentation).Assembly.GetType(fieldName[..dot]);
        return type is { IsEnum: false } && type.GetField(fieldName[(dot + 1)..]) is { IsLiteral: true } field
            ? Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)
            : null;
    }
}
