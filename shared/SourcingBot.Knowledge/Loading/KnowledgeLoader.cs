using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SourcingBot.Knowledge.Loading;

/// <summary>Reads knowledge files (embedded or from disk), validates them and builds the knowledge base.</summary>
public static class KnowledgeLoader
{
    private const string ResourcePrefix = "SourcingBot.Knowledge.Content.";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Loads the content embedded in this assembly.</summary>
    public static KnowledgeLoadResult LoadEmbedded() => Load(ReadEmbeddedFiles());

    /// <summary>Loads a folder of <c>*.yaml</c> files, or one file.</summary>
    public static KnowledgeLoadResult LoadFromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var files = ReadFiles(path, out var problem);
        return problem is null ? Load(files) : new KnowledgeLoadResult(null, [problem]);
    }

    /// <summary>Loads the given file texts.</summary>
    public static KnowledgeLoadResult Load(IReadOnlyList<KnowledgeFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<KnowledgeProblem>();
        var documents = new List<(string File, KnowledgeDocument Document)>();
        foreach (var file in files)
        {
            var document = Parse(file, problems);
            if (document is not null)
            {
                documents.Add((file.Name, document));
            }
        }

        var knowledge = new KnowledgeCompiler(documents, problems).Compile();
        return new KnowledgeLoadResult(problems.Count == 0 ? knowledge : null, problems);
    }

    /// <summary>The names and texts of the embedded knowledge files.</summary>
    public static IReadOnlyList<KnowledgeFile> ReadEmbeddedFiles()
    {
        var assembly = typeof(KnowledgeLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new KnowledgeFile(name[ResourcePrefix.Length..], ReadResource(assembly, name)))
            .ToArray();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static KnowledgeFile[] ReadFiles(string path, out KnowledgeProblem? problem)
    {
        problem = null;
        if (File.Exists(path))
        {
            return [new KnowledgeFile(path, File.ReadAllText(path))];
        }

        if (!Directory.Exists(path))
        {
            problem = new KnowledgeProblem(path, null, "no such file or folder");
            return [];
        }

        var files = Directory.EnumerateFiles(path, "*.yaml", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(path, "*.yml", SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal)
            .Select(file => new KnowledgeFile(file, File.ReadAllText(file)))
            .ToArray();
        if (files.Length == 0)
        {
            problem = new KnowledgeProblem(path, null, "the folder holds no .yaml files");
        }

        return files;
    }

    private static KnowledgeDocument? Parse(KnowledgeFile file, List<KnowledgeProblem> problems)
    {
        try
        {
            return Deserializer.Deserialize<KnowledgeDocument?>(file.Text) ?? new KnowledgeDocument();
        }
        catch (YamlException exception)
        {
            var reason = exception.InnerException?.Message ?? exception.Message;
            problems.Add(new KnowledgeProblem(
                file.Name, null, $"line {exception.Start.Line}, column {exception.Start.Column}: {Simplify(reason)}"));
            return null;
        }
    }

    // YamlDotNet's messages repeat the position we already give; keep the reason only.
    private static string Simplify(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }
}
