using System.Reflection;
using System.Text;

namespace AnalyzeArticle;

/// <summary>The built-in sample article.</summary>
public static class InputText
{
    /// <summary>The name shown for the built-in sample article.</summary>
    public const string SampleName = "pakistan-afghanistan-rift.txt (built-in sample)";

    /// <summary>The built-in sample article, embedded in this program.</summary>
    public static string Sample()
    {
        using Stream stream = typeof(InputText).Assembly.GetManifestResourceStream("AnalyzeArticle.pakistan-afghanistan-rift.txt")
            ?? throw new InvalidOperationException("The sample article is missing from the program's resources.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
