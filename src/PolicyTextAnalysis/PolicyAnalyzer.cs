using System.Runtime.CompilerServices;
using PolicyTextAnalysis.Entities;
using PolicyTextAnalysis.Attribution;
using PolicyTextAnalysis.Claims;
using PolicyTextAnalysis.Resolution;
using PolicyTextAnalysis.Stance;
using PolicyTextAnalysis.Text;

namespace PolicyTextAnalysis;

/// <summary>
/// The entry point: analyses English policy commentary for entities, quotes, claims and stance.
/// </summary>
/// <example>
/// <code>
/// var analyzer = PolicyAnalyzer.CreateDefault();
/// AnalysisResult result = analyzer.Analyze(text);
/// foreach (EntityMention e in result.Entities) Console.WriteLine($"{e.Label} {e.Text}");
/// </code>
/// </example>
/// <remarks>
/// Create one analyzer and reuse it: it is immutable and thread-safe, and models load once. Every method
/// accepts a <see cref="CancellationToken"/>, checked between stages and between units of work.
/// </remarks>
public sealed class PolicyAnalyzer
{
    private PolicyAnalyzer(AnalysisPipeline pipeline, AnalyzerOptions options)
    {
        Pipeline = pipeline;
        Options = options;
    }

    /// <summary>The stages this analyzer runs.</summary>
    public AnalysisPipeline Pipeline { get; }

    /// <summary>The options it was created with.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Creates an analyzer with every built-in stage and default options.</summary>
    public static PolicyAnalyzer CreateDefault() => Create(AnalyzerOptions.Default);

    /// <summary>Creates an analyzer with every built-in stage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static PolicyAnalyzer Create(AnalyzerOptions options) => Create(options, null);

    /// <summary>Creates an analyzer with every built-in stage and the given name model (evaluation of trained variants);
    /// without <paramref name="useStanceEvidenceModel"/> the stance stage keeps the rules' own confidences and never
    /// loads the bundled evidence scorer (training a new one, whose features the bundled one may not fit).</summary>
    internal static PolicyAnalyzer Create(AnalyzerOptions options, NamedEntityRecognizer? names, bool useStanceEvidenceModel = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        BundledModels.Preload(options.UseKnowledgeBase, options.MaxDegreeOfParallelism, useStanceEvidenceModel);
        List<IPipelineStage> stages =
        [
            new TextStage(options.HyphenMode == HyphenMode.Keep ? Tokenizer.Default : new Tokenizer(options.HyphenMode)),
        ];
        stages.AddRange(
        [
            new Syntax.SyntaxStage(maxDegreeOfParallelism: options.MaxDegreeOfParallelism),
            new EntityStage([(names ?? NamedEntityRecognizer.Default).WithMaxDegreeOfParallelism(options.MaxDegreeOfParallelism), .. EntityRecognizers(options)]),
            new ResolutionStage(),
            new AttributionStage(),
            new ClaimStage { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
            new StanceStage(useStanceEvidenceModel, options.MinimumStanceConfidence) { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
        ]);
        return new PolicyAnalyzer(new AnalysisPipeline(stages), options);
    }

    private static List<IEntityRecognizer> EntityRecognizers(AnalyzerOptions options)
    {
        List<IEntityRecognizer> recognizers = [NumericEntityRecognizer.Default, LegalReferenceRecognizer.Default, LawNameRecognizer.Default, GroupMemberRecognizer.Default];
        if (options.UseKnowledgeBase)
        {
            recognizers.Add(GazetteerRecognizer.Default);
        }

        if (options.CustomEntities is { } custom)
        {
            recognizers.Add(custom.ToRecognizer());
        }

        return recognizers;
    }

    /// <summary>Creates an analyzer running a custom pipeline (your own stages, or a subset of the built-in ones).</summary>
    public static PolicyAnalyzer Create(AnalysisPipeline pipeline, AnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        options ??= AnalyzerOptions.Default;
        options.Validate();
        return new PolicyAnalyzer(pipeline, options);
    }

    /// <summary>Analyses one text.</summary>
    /// <param name="text">The text; empty or whitespace-only text gives an empty result.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is longer than <see cref="AnalyzerOptions.MaxTextLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public AnalysisResult Analyze(string text, CancellationToken cancellationToken = default) =>
        AnalysisResult.FromDocument(Process(text, cancellationToken), Options.IncludeTokens);

    /// <summary>Runs the pipeline and returns the annotated <see cref="Document"/> with its tokens and layers.</summary>
    /// <inheritdoc cref="Analyze(string, CancellationToken)" path="/exception"/>
    public Document Process(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxTextLength)
        {
            throw new ArgumentException(
                $"The text has {text.Length:N0} characters, more than MaxTextLength ({Options.MaxTextLength:N0}). "
                + "Split it into documents or raise AnalyzerOptions.MaxTextLength.",
                nameof(text));
        }

        return Pipeline.Run(Document.FromText(text), cancellationToken);
    }

    /// <summary>
    /// Analyses many texts on up to <see cref="AnalyzerOptions.MaxDegreeOfParallelism"/> threads and yields the
    /// results lazily in input order, one per text. A text that cannot be analysed (null, too long, or a failure
    /// inside a stage) does not stop the batch: its result has empty layers and <see cref="AnalysisResult.Error"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (thrown while enumerating).</exception>
    public IEnumerable<AnalysisResult> AnalyzeMany(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Options.MaxDegreeOfParallelism)
            .WithCancellation(cancellationToken)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select((text, index) => AnalyzeOrReport(text, index, cancellationToken));
    }

    /// <summary>
    /// Analyses a stream of texts on up to <see cref="AnalyzerOptions.MaxDegreeOfParallelism"/> threads, yielding
    /// results in input order as soon as each is ready. At most twice that many texts are in flight, so memory
    /// stays bounded however long the stream. A text that cannot be analysed gives a result with
    /// <see cref="AnalysisResult.Error"/> and the stream goes on.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(
        IAsyncEnumerable<string> texts,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        int window = Options.MaxDegreeOfParallelism * 2;
        var inFlight = new Queue<Task<AnalysisResult>>(window);
        int index = 0;
        await foreach (string text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            int position = index++;
            inFlight.Enqueue(Task.Run(() => AnalyzeOrReport(text, position, cancellationToken), cancellationToken));
            if (inFlight.Count >= window)
            {
                yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
        }

        while (inFlight.Count > 0)
        {
            yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>Analyses a sequence of texts in parallel; see <see cref="AnalyzeManyAsync(IAsyncEnumerable{string}, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<AnalysisResult> AnalyzeManyAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeManyAsync(ToAsync(texts), cancellationToken);
    }

    /// <summary>One document of a batch: its analysis, or its error as a value; only cancellation escapes.</summary>
    private AnalysisResult AnalyzeOrReport(string? text, int index, CancellationToken cancellationToken)
    {
        try
        {
            return text is null
                ? Failed(index, AnalysisErrorKind.Input, "the document is null", null)
                : Analyze(text, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ArgumentException e)
        {
            return Failed(index, AnalysisErrorKind.Input, e.Message, e);
        }
#pragma warning disable CA1031 // A batch must not lose its other documents to one failure; the error is reported as a value.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(index, AnalysisErrorKind.Internal, $"{e.GetType().Name}: {e.Message}", e);
        }
    }

    private static AnalysisResult Failed(int index, AnalysisErrorKind kind, string message, Exception? exception) =>
        new() { Error = new AnalysisError(index, kind, message.ReplaceLineEndings(" ")) { Exception = exception } };

    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> texts)
    {
        foreach (string text in texts)
        {
            yield return text;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
