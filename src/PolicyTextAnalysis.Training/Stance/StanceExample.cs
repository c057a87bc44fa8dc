namespace PolicyTextAnalysis.Training.Stance;

/// <summary>One labelled (text, target) pair: <see cref="Favor"/> true when the text is for the target.</summary>
/// <param name="Source">The data set it comes from.</param>
/// <param name="Group">Topic or claim it belongs to (splits never share one).</param>
/// <param name="Text">The argument, claim or perspective.</param>
/// <param name="Target">What the stance is toward.</param>
/// <param name="Favor">Gold polarity.</param>
internal sealed record StanceExample(string Source, string Group, string Text, string Target, bool Favor);
