using System.Text;
using PolicyTextAnalysis.Entities;

namespace PolicyTextAnalysis.Syntax;

/// <summary>
/// The trained syntax models in one versioned file: the part-of-speech tagger, the labelled transition parser and the
/// lemma exceptions. Format: the magic string <c>PTA-SYNTAX</c>, a format version, then each part. Version 2 replaced
/// version 1's unlabelled parser and separate arc labeller with one labelled parser; version 1 and 2 files are rejected.
/// Version 4 adds the distributional word classes after the tag dictionary (which of the tagger and the parser read
/// them, then the table); version 3 files read as models without them.
/// Loaded lazily from the embedded resource by <see cref="Default"/>, or from a stream by <see cref="Load"/>.
/// </summary>
public sealed class SyntaxModel
{
    private const string Magic = "PTA-SYNTAX";
    private const int FormatVersion = 4;

    /// <summary>The oldest format version this library reads.</summary>
    private const int OldestVersion = 3;

    /// <summary>Most words a word-class table may hold.</summary>
    private const int MaxClassWords = 2_000_000;
    internal const string ResourceName = "PolicyTextAnalysis.Models.syntax-en.bin";

    private static readonly Lazy<SyntaxModel?> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal SyntaxModel(PosTagger tagger, DependencyParser parser, Lemmatizer lemmatizer)
    {
        Tagger = tagger;
        Parser = new DependencyParser(parser.Transitions, parser.Labels, parser.Dictionary, parser.Clusters)
        {
            LeafTags = [.. tagger.Universal.Select(u => u == "PUNCT")],
            RootRepair = new RootRepair(tagger.Universal, tagger.Penn, parser.Labels),
            TemporalSubjectRepair = new TemporalSubjectRepair(parser.Labels),
            DoubleSubjectRepair = new DoubleSubjectRepair(tagger.Universal, tagger.Penn, parser.Labels),
            BareComplementRepair = new BareComplementRepair(tagger.Universal, tagger.Penn, parser.Labels),
        };
        // The words of the tag dictionary settle what the inflection rules cannot: praised -> praise, not prais.
        Lemmatizer = tagger.Dictionary.Count == 0 ? lemmatizer
            : lemmatizer.WithKnownWords(word => tagger.Dictionary.ClassOf(WordHashes.Of(word).Word) != 0);
    }

    internal PosTagger Tagger { get; }

    // The double quotation marks, by the hash of their raw form.
    private static readonly ulong[] QuotationMarks = [.. new[] { "\"", "\u201C", "\u201D", "``", "''" }.Select(m => WordHashes.Of(m).Raw)];

    /// <summary>
    /// The tags of a sentence's words. Where a quotation opens or closes right after a word (<c>said the plan "will cut
    /// costs"</c>), the words are tagged as if the marks were not there: the tagger has seen few marks inside a clause and
    /// reads the word after one as a sentence's first (<c>"will</c>, <c>"damage</c> taken for nouns). The marks keep their
    /// own tags; the parser still sees them.
    /// </summary>
    internal int[] Tag(WordHashes[] words)
    {
        int[] tags = Tagger.Tag(words);
        int marks = 0;
        bool insideClause = false;
        for (int i = 0; i < words.Length; i++)
        {
            if (IsQuotationMark(words[i]))
            {
                marks++;
                insideClause |= i > 0 && Tagger.Universal[tags[i - 1]] != "PUNCT" && !IsQuotationMark(words[i - 1]);
            }
        }

        if (!insideClause || marks == words.Length)
        {
            return tags;
        }

        var unmarked = new WordHashes[words.Length - marks];
        for (int i = 0, j = 0; i < words.Length; i++)
        {
            if (!IsQuotationMark(words[i]))
            {
                unmarked[j++] = words[i];
            }
        }

        int[] unmarkedTags = Tagger.Tag(unmarked);
        for (int i = 0, j = 0; i < words.Length; i++)
        {
            if (IsQuotationMark(words[i]))
            {
                continue;
            }

            // Only a verb a quotation opens on (said the plan "will cut ..."): a quoted name or noun phrase keeps the
            // reading the marks give it.
            if (i > 1 && IsQuotationMark(words[i - 1]) && !IsQuotationMark(words[i - 2]) && Tagger.Universal[tags[i - 2]] != "PUNCT"
                && Tagger.Universal[unmarkedTags[j]] is "VERB" or "AUX")
            {
                tags[i] = unmarkedTags[j];
            }

            j++;
        }

        return tags;
    }

    private static bool IsQuotationMark(WordHashes word) => Array.IndexOf(QuotationMarks, word.Raw) >= 0;

    internal DependencyParser Parser { get; }

    internal Lemmatizer Lemmatizer { get; }

    /// <summary>True when the tagger's training data showed <paramref name="word"/> (in any case) with the universal tag
    /// <paramref name="universalTag"/> and no other (<c>announces</c>: VERB only; <c>gates</c>: NOUN and VERB).</summary>
    internal bool IsOnly(ReadOnlySpan<char> word, string universalTag)
    {
        uint seen = Tagger.Dictionary.ClassOf(WordHashes.Of(word).Word);
        for (int c = 0; c < Tagger.Universal.Count; c++)
        {
            if (Tagger.Universal[c] == universalTag)
            {
                return seen != 0 && seen == Tagger.ClassBits[c];
            }
        }

        return false;
    }

    /// <summary>True when the tagger's training data showed <paramref name="word"/> (in any case) with the universal tag
    /// <paramref name="universalTag"/>, among others or alone (<c>on</c>: ADP; <c>former</c>: never ADP).</summary>
    internal bool WasSeenAs(ReadOnlySpan<char> word, string universalTag)
    {
        uint seen = Tagger.Dictionary.ClassOf(WordHashes.Of(word).Word);
        for (int c = 0; c < Tagger.Universal.Count; c++)
        {
            if (Tagger.Universal[c] == universalTag && (seen & Tagger.ClassBits[c]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The universal part-of-speech tags the tagger predicts.</summary>
    public IReadOnlyList<string> UniversalTags => Tagger.Universal.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The dependency relations the parser predicts.</summary>
    public IReadOnlyList<string> Relations => Parser.Labels;

    /// <summary>The model shipped in the package, or null when the package was built without it.</summary>
    public static SyntaxModel? Default => LazyDefault.Value;

    /// <summary>Reads a model written by the training command.</summary>
    /// <exception cref="InvalidDataException">The stream is not a syntax model, is of another format version, or is corrupt.</exception>
    public static SyntaxModel Load(Stream stream) => LoadFrom(stream, permanentMemory: false);

    // permanentMemory: the stream's memory outlives the model (the embedded resource), which the weight tables then keep
    // for Save instead of a copy (SparseLinearModel.Read).
    private static SyntaxModel LoadFrom(Stream stream, bool permanentMemory)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!Pipeline.StreamMemory.TryGetBytes(stream, out _))
        {
            // The weight tables are parsed from memory, in two passes (SparseLinearModel.Read).
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using (copy)
            {
                return LoadFrom(copy, permanentMemory: false);
            }
        }

        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            string magic = reader.ReadString();
            if (magic != Magic)
            {
                throw new InvalidDataException($"not a syntax model (expected '{Magic}', found '{Shorten(magic)}')");
            }

            int version = reader.ReadInt32();
            if (version is < OldestVersion or > FormatVersion)
            {
                throw new InvalidDataException($"syntax model format version {version} is not supported (this library reads versions {OldestVersion} to {FormatVersion}; retrain it with train-syntax)");
            }

            string[] tagClasses = ReadStrings(reader);
            SparseLinearModel tagger = SparseLinearModel.Read(reader, permanentMemory);
            TagDictionary dictionary = TagDictionary.Read(reader);
            (NerWordClusters? taggerClusters, NerWordClusters? parserClusters) = version >= 4 ? ReadClusters(reader) : (null, null);
            string[] labels = ReadStrings(reader);
            SparseLinearModel transitions = SparseLinearModel.Read(reader, permanentMemory);
            Lemmatizer lemmatizer = Lemmatizer.Read(reader);
            return new SyntaxModel(
                new PosTagger(tagger, tagClasses, dictionary, taggerClusters),
                new DependencyParser(transitions, labels, dictionary, parserClusters),
                lemmatizer);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the syntax model is truncated", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"the syntax model is inconsistent: {e.Message}", e);
        }
    }

    /// <summary>Writes the model in the current format.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        WriteStrings(writer, Tagger.Classes);
        Tagger.Model.Write(writer);
        Tagger.Dictionary.Write(writer);
        WriteClusters(writer);
        WriteStrings(writer, Parser.Labels);
        Parser.Transitions.Write(writer);
        Lemmatizer.Write(writer);
    }

    // The table is written once: the tagger and the parser read the same classes, or one of them none.
    private void WriteClusters(BinaryWriter writer)
    {
        NerWordClusters table = Tagger.Clusters.Count > 0 ? Tagger.Clusters : Parser.Clusters;
        if (Tagger.Clusters.Count > 0 && Parser.Clusters.Count > 0 && !ReferenceEquals(Tagger.Clusters, Parser.Clusters))
        {
            throw new InvalidOperationException("the tagger and the parser read different word-class tables; a model file holds one");
        }

        writer.Write(Tagger.Clusters.Count > 0);
        writer.Write(Parser.Clusters.Count > 0);
        table.Write(writer);
    }

    private static (NerWordClusters? Tagger, NerWordClusters? Parser) ReadClusters(BinaryReader reader)
    {
        bool tagger = reader.ReadBoolean();
        bool parser = reader.ReadBoolean();
        NerWordClusters table = NerWordClusters.Read(reader, MaxClassWords);
        return (tagger ? table : null, parser ? table : null);
    }

    private static SyntaxModel? LoadDefault()
    {
        // Parsed from the resource's own memory: the weight tables read it directly, so the file is never copied.
        using Stream? stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : LoadFrom(stream, permanentMemory: !typeof(SyntaxModel).Assembly.IsCollectible);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 100_000)
        {
            throw new InvalidDataException($"bad string count {count}");
        }

        var strings = new string[count];
        for (int i = 0; i < count; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (string s in strings)
        {
            writer.Write(s);
        }
    }

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "...";
}
