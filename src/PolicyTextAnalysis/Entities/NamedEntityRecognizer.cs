namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The statistical recogniser for names: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW
/// and LANGUAGE. A structured averaged perceptron over BILOU tags with Viterbi decoding restricted to valid
/// transitions; features are word, lower form, shape, affixes, a +-2 window, capitalisation context and
/// membership in the name lists stored inside the model.
/// </summary>
/// <remarks>
/// <para>Needs tokens and sentences; adds mentions whose boundaries are token boundaries (never inside a token
/// or a surrogate pair), each with a confidence in [0, 1] from the max-marginals of the decoder.</para>
/// <para>Costs one linear pass per sentence with no allocation per token; the default model loads lazily
/// from the package on first use. Thread-safe: the model is immutable and buffers are per thread.</para>
/// </remarks>
public sealed class NamedEntityRecognizer : IEntityRecognizer
{
    /// <summary>The embedded resource holding the default model.</summary>
    internal const string ResourceName = "PolicyTextAnalysis.Models.ner-en.bin";

    /// <summary>Sentences longer than this are decoded in windows, which bounds buffer memory on junk input.</summary>
    internal const int MaxWindow = 400;

    private static readonly Lazy<NamedEntityRecognizer> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int _countryClass;
    private readonly int _gpeType;

    /// <summary>Documents with at least this many sentences are tagged by several threads, in blocks of sentences.</summary>
    internal const int ParallelSentenceThreshold = 512;

    private const int SentencesPerBlock = 128;

    internal NamedEntityRecognizer(NerModel model, int maxDegreeOfParallelism = 0)
    {
        Model = model;
        MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        _countryClass = Array.IndexOf(model.Gazetteer.Classes, "country");
        _gpeType = Array.IndexOf(model.TagSet.Types, EntityLabels.GeopoliticalEntity);
    }

    /// <summary>The recogniser with the model shipped in the package (loaded on first use, then shared).</summary>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt (a packaging bug).</exception>
    public static NamedEntityRecognizer Default => LazyDefault.Value;

    /// <inheritdoc />
    public string Name => "names";

    /// <inheritdoc />
    /// <remarks>Below the grammar and user gazetteers, which are more precise where they match.</remarks>
    public int Priority => 10;

    /// <summary>The entity labels this model can produce.</summary>
    public IReadOnlyList<string> Labels => Model.TagSet.Types;

    internal NerModel Model { get; }

    /// <summary>
    /// Threads used on one large document (at least 512 sentences; blocks of sentences are tagged in parallel and joined
    /// in order, so the output is identical to a single-threaded run). Defaults to the number of processors.
    /// </summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>The same recogniser (sharing its model) using at most <paramref name="threads"/> threads on one document.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than 1.</exception>
    public NamedEntityRecognizer WithMaxDegreeOfParallelism(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return threads == MaxDegreeOfParallelism ? this : new NamedEntityRecognizer(Model, threads);
    }

    /// <summary>Loads a model written by the <c>train-ner</c> command (or <see cref="Save"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model, has an unknown format version, or is corrupt.</exception>
    public static NamedEntityRecognizer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new NamedEntityRecognizer(NerModel.Load(stream, "The named-entity model stream"));
    }

    /// <summary>Writes the model to <paramref name="stream"/>.</summary>
    public void Save(Stream stream) => Model.Save(stream);

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Recognize(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        int sentences = document.Sentences.Count;
        List<EntityMention> mentions;
        if (MaxDegreeOfParallelism > 1 && sentences >= ParallelSentenceThreshold)
        {
            // Sentences are independent for the tagger: blocks run on several threads (each with its own workspace) and
            // are joined in document order; the document-wide consistency pass then runs once, as in one thread.
            mentions = SentenceBlocks.Run<EntityMention>(sentences, SentencesPerBlock, MaxDegreeOfParallelism, cancellationToken,
                (from, to, list) => RecognizeSentences(document, from, to, list, cancellationToken));
        }
        else
        {
            mentions = [];
            RecognizeSentences(document, 0, sentences, mentions, cancellationToken);
        }

        HeadlineNames.Apply(document, mentions);
        MentionConsistency.Apply(mentions);
        NameRepetition.Apply(document, mentions);
        return mentions;
    }

    private void RecognizeSentences(Document document, int from, int to, List<EntityMention> mentions, CancellationToken cancellationToken)
    {
        NerWorkspace work = NerWorkspace.ForCurrentThread();
        for (int s = from; s < to; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sentence sentence = document.Sentences[s];
            for (int first = sentence.FirstToken; first < sentence.EndToken; first += MaxWindow)
            {
                int count = Math.Min(MaxWindow, sentence.EndToken - first);
                Predict(document.Text, document.Tokens, first, count, work, document.Syntax);
                KeepCountryNamesWhole(document.Tokens, first, count, work);
                Collect(document, first, count, work, mentions);
            }
        }
    }

    /// <summary>
    /// Tags tokens <c>[first, first + count)</c>: the tag path lands in <c>work.Path</c> and per-token confidences
    /// in <c>work.Confidence</c>. The prediction half, shared by evaluation and training.
    /// </summary>
    internal void Predict(string text, TokenList tokens, int first, int count, NerWorkspace work, SyntaxLayer? syntax = null)
    {
        if (count == 0)
        {
            return;
        }

        int t = Model.TagSet.Count;
        NerSyntaxContext.Fill(tokens, first, count, syntax, Model.Syntax, work);
        NerFeatureExtractor.Extract(text, tokens, first, count, Model.Gazetteer, work, Model.Syntax);
        work.EnsureScores(count, t);
        Span<float> scores = work.Scores.AsSpan(0, count * t);
        scores.Clear();
        for (int k = 0; k < count; k++)
        {
            ReadOnlySpan<ulong> features = work.Features.AsSpan(k * NerFeatureExtractor.Stride, work.FeatureCounts[k]);
            Span<float> row = scores.Slice(k * t, t);
            if (work.TryGetCached(Model, work.TokenKey[k], t, out ReadOnlySpan<float> cached))
            {
                cached.CopyTo(row);
            }
            else
            {
                Model.Weights.Score(features, work.TokenOnly[k], select: true, row);
                work.Cache(Model, work.TokenKey[k], row);
            }

            Model.Weights.Score(features, work.TokenOnly[k], select: false, row);
        }

        BlockTokens(tokens, first, count, t, scores);
        Model.Decoder.Decode(work, count);
        Model.Decoder.Confidences(work, count, work.Confidence);
    }

    /// <summary>Forbids every entity tag on quotes and punctuation (see <see cref="NerFeatureExtractor.IsBlocked"/>).</summary>
    internal static void BlockTokens(TokenList tokens, int first, int count, int tags, Span<float> scores)
    {
        ReadOnlySpan<TokenKind> kinds = tokens.Kinds;
        for (int k = 0; k < count; k++)
        {
            if (NerFeatureExtractor.IsBlocked(tokens.CharsAt(first + k), kinds[first + k]))
            {
                // Large but finite, so the confidence softmax stays free of infinities.
                scores.Slice(k * tags + 1, tags - 1).Fill(-1e6f);
            }
        }
    }

    /// <summary>
    /// A capitalised multi-word country name from the gazetteer (<c>Russian Federation</c>) that the decoder split into
    /// pieces or partly missed becomes one GPE, unless a predicted name crosses its edges (<c>United States Army</c>).
    /// </summary>
    private void KeepCountryNamesWhole(TokenList tokens, int first, int count, NerWorkspace work)
    {
        if (_countryClass < 0 || _gpeType < 0)
        {
            return;
        }

        ulong begin = 1UL << (4 * _countryClass + NerTagSet.Begin);
        ulong inside = 1UL << (4 * _countryClass + NerTagSet.Inside);
        ulong last = 1UL << (4 * _countryClass + NerTagSet.Last);
        int[] path = work.Path;
        for (int k = 0; k < count; k++)
        {
            if ((work.Gazetteer[k] & begin) == 0)
            {
                continue;
            }

            int j = k + 1;
            while (j < count && (work.Gazetteer[j] & last) == 0 && (work.Gazetteer[j] & inside) != 0)
            {
                j++;
            }

            if (j >= count || (work.Gazetteer[j] & last) == 0 || !AllCapitalised(tokens, first + k, first + j)
                || (path[k] != 0 && NerTagSet.PositionOf(path[k]) is NerTagSet.Inside or NerTagSet.Last)
                || (path[j] != 0 && NerTagSet.PositionOf(path[j]) is NerTagSet.Begin or NerTagSet.Inside))
            {
                continue;
            }

            if (j > k + 1 && tokens.CharsAt(first + k).Equals("The", StringComparison.OrdinalIgnoreCase))
            {
                // OntoNotes leaves the article out (the Netherlands); the gazetteer has both forms.
                path[k] = 0;
                k++;
            }

            float confidence = 1;
            for (int i = k; i <= j; i++)
            {
                confidence = Math.Min(confidence, work.Confidence[i]);
                path[i] = NerTagSet.Tag(_gpeType, i == k ? NerTagSet.Begin : i == j ? NerTagSet.Last : NerTagSet.Inside);
            }

            for (int i = k; i <= j; i++)
            {
                work.Confidence[i] = confidence;
            }

            k = j;
        }
    }

    private static bool AllCapitalised(TokenList tokens, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            ReadOnlySpan<char> chars = tokens.CharsAt(i);
            if (chars.Length == 0 || (char.IsLetter(chars[0]) && !char.IsUpper(chars[0]) && i != from && i != to && chars.Length > 3))
            {
                return false;
            }

            if ((i == from || i == to) && !char.IsUpper(chars[0]))
            {
                return false;
            }
        }

        return true;
    }

    private void Collect(Document document, int first, int count, NerWorkspace work, List<EntityMention> mentions)
    {
        ReadOnlySpan<int> starts = document.Tokens.Starts;
        ReadOnlySpan<int> ends = document.Tokens.Ends;
        int begin = -1;
        float confidence = 1;
        for (int k = 0; k < count; k++)
        {
            int tag = work.Path[k];
            if (tag == 0)
            {
                begin = -1;
                continue;
            }

            int position = NerTagSet.PositionOf(tag);
            if (position is NerTagSet.Begin or NerTagSet.Unit)
            {
                begin = k;
                confidence = 1;
            }

            confidence = Math.Min(confidence, work.Confidence[k]);
            if (position is NerTagSet.Last or NerTagSet.Unit && begin >= 0)
            {
                // A possessive or other clitic closing a multi-token name is not part of it (Clinton's -> Clinton);
                // inside a name it stays (People's Liberation Army).
                int last = k;
                while (last > begin && document.Tokens.Kinds[first + last] == TokenKind.Clitic)
                {
                    last--;
                }

                int start = starts[first + begin], end = ends[first + last];
                string surface = document.Text.Substring(start, end - start);
                mentions.Add(new EntityMention
                {
                    Text = surface,
                    Label = NameHeadRules.Refine(Model.TagSet.Types[NerTagSet.TypeOf(tag)], document.Tokens.CharsAt(first + k), k - begin + 1),
                    Start = start,
                    End = end,
                    Canonical = surface,
                    Confidence = Math.Clamp(Math.Round(confidence, 4), 0, 1),
                });
                begin = -1;
            }
        }
    }

    private static NamedEntityRecognizer LoadDefault()
    {
        // The resource's own stream, not a copy: the model is parsed where the runtime mapped it (NerModel.Load).
        using Stream stream = typeof(NamedEntityRecognizer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded model {ResourceName} is missing from the PolicyTextAnalysis assembly; rebuild the package.");
        return new NamedEntityRecognizer(NerModel.Load(stream, ResourceName));
    }
}
