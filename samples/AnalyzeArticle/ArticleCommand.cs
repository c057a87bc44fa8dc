using System.Runtime;
using System.Text;
using PolicyTextAnalysis;
using PolicyTextAnalysis.Output;
using PolicyTextAnalysis.Text;

namespace AnalyzeArticle;

/// <summary>
/// The sample's behaviour, apart from <c>Main</c> so tests can run it with their own streams.
/// Exit codes: 0 success, 2 bad input or arguments (one line on standard error, never a stack trace).
/// </summary>
public static class ArticleCommand
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a missing, unreadable or non-text input, or bad arguments.</summary>
    public const int InputError = 2;

    // Loading the bundled models allocates about 170 MB (profile-startup) in a fresh process.
    private const long ModelLoadAllocation = 256L << 20;

    private static readonly Lazy<PolicyAnalyzer> Analyzer = new(() => WithoutCollections(PolicyAnalyzer.CreateDefault));
    private static readonly Lazy<PolicyAnalyzer> SyntaxAnalyzer = new(() => WithoutCollections(() => PolicyAnalyzer.Create(new AnalyzerOptions { IncludeTokens = true })));

    // The models load in a no-collection region: every object they allocate lives as long as the process, so collections
    // during the load only trace them again and again (one page, Native AOT, start to exit: 0.20-0.23 s -> 0.14-0.15 s).
    // A one-shot tool may ask for this; when the runtime cannot give the region, or the load allocates more than asked,
    // collections simply happen as usual.
    private static PolicyAnalyzer WithoutCollections(Func<PolicyAnalyzer> create)
    {
        bool region = GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && TryStartNoCollections();
        try
        {
            return create();
        }
        finally
        {
            if (region && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                    // The region had already ended (the load allocated more than asked).
                }
            }
        }
    }

    private static bool TryStartNoCollections()
    {
        try
        {
            return GC.TryStartNoGCRegion(ModelLoadAllocation);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's collector can set aside.
            return false;
        }
        catch (InvalidOperationException)
        {
            // Another thread of the process holds a region already.
            return false;
        }
    }

    /// <summary>Runs the sample.</summary>
    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        (CommandLine? command, string? error) = CommandLine.Parse(args);
        if (command is null)
        {
            stderr.WriteLine($"error: {error}");
            return InputError;
        }

        if (command.ShowHelp)
        {
            stdout.WriteLine(CommandLine.Usage);
            return Success;
        }

        (string? text, string name, string? readError) = Read(command.Input, stdin);
        if (text is null)
        {
            stderr.WriteLine($"error: {name}: {readError}");
            return InputError;
        }

        AnalysisResult result;
        try
        {
            result = (command.Syntax ? SyntaxAnalyzer : Analyzer).Value.Analyze(text);
            if (command.Targets.Count > 0)
            {
                // Stances toward the caller's targets join the result's stances; problems with a target are notes, not errors.
                TargetStanceReport report = result.FindTargetStances(command.Targets);
                foreach (string message in report.Messages)
                {
                    stderr.WriteLine($"note: {message}");
                }

                result = result with { Stances = [.. result.Stances, .. report.Stances] };
            }
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"error: {name}: {e.Message}");
            return InputError;
        }

        try
        {
            if (command.OutputPath is null)
            {
                Write(result, text, name, command.Format, stdout, interactive: ReferenceEquals(stdout, Console.Out));
            }
            else
            {
                using var writer = new StreamWriter(command.OutputPath, append: false, new UTF8Encoding(false));
                Write(result, text, name, command.Format, writer, interactive: false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stderr.WriteLine($"error: {command.OutputPath}: cannot write the report ({e.Message})");
            return InputError;
        }

        return Success;
    }

    private static void Write(AnalysisResult result, string text, string name, OutputFormat format, TextWriter writer, bool interactive)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(result, writer);
                break;
            case OutputFormat.Html:
                writer.Write(HtmlReport.Render(result, text, Path.GetFileName(name)));
                break;
            case OutputFormat.Conllu:
                ConlluWriter.Write(result.Document!, writer);
                break;
            default:
                TextReport.Write(result, name, writer, interactive);
                break;
        }
    }

    /// <summary>
    /// Streams the JSON straight to the file or standard output as UTF-8, so a large document never exists twice
    /// more as one JSON string (the JSON of a 50 MB text is about 500 MB).
    /// </summary>
    private static void WriteJson(AnalysisResult result, TextWriter writer)
    {
        if (writer is StreamWriter file)
        {
            file.Flush();
            AnalysisJson.Serialize(file.BaseStream, result, indented: true);
            file.BaseStream.WriteByte((byte)'\n');
        }
        else if (ReferenceEquals(writer, Console.Out))
        {
            writer.Flush();
            using Stream stdout = Console.OpenStandardOutput();
            AnalysisJson.Serialize(stdout, result, indented: true);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            writer.WriteLine(result.ToJson(indented: true));
        }
    }

    private static (string? Text, string Name, string? Error) Read(string? input, TextReader stdin)
    {
        if (input is null)
        {
            return (InputText.Sample(), InputText.SampleName, null);
        }

        if (input == "-")
        {
            // Standard input has already been decoded by the console; still reject binary content.
            string raw = stdin.ReadToEnd();
            (string? text, string? error) = TextDecoder.Decode(Encoding.UTF8.GetBytes(raw));
            return raw.Contains('\uFFFD', StringComparison.Ordinal) ? (null, "standard input", "is not UTF-8 text") : (text, "standard input", error);
        }

        (string? decoded, string? decodeError) = TextDecoder.ReadFile(input);
        return (decoded, input, decodeError);
    }
}
