using PolicyTextAnalysis.Syntax;
using FeatureHash = PolicyTextAnalysis.Entities.FeatureHash;

namespace PolicyTextAnalysis.Stance;

/// <summary>
/// Turns one piece of stance evidence into hashed binary features for <see cref="StanceEvidenceModel"/>: the rule and
/// cue, the holder's kind, what the target is (entity type, head word, part of speech, relation, length, case), how cue
/// and target are joined in the tree, and the sentence's negation, modality, person and mood. Feature indices are
/// <see cref="Dimension"/>-bounded hashes, so the vocabulary is open and nothing is stored but the weights.
/// </summary>
/// <remarks>Cost: a few dozen hashes per piece of evidence and a scan of its sentence; evidence is sparse in a text.</remarks>
internal static class StanceEvidenceFeaturizer
{
    /// <summary>Version of the feature set; a model made for another version is refused.</summary>
    public const int Version = 3;

    /// <summary>Bits of the hashed feature index.</summary>
    public const int HashBits = 16;

    /// <summary>The number of feature slots.</summary>
    public const int Dimension = 1 << HashBits;

    /// <summary>Tokens either side of cue and target read for negation, modality and person.</summary>
    private const int ClauseWindow = 20;

    /// <summary>Tokens from the start of the evidence's span searched for its cue or target word when the finder gave no index.</summary>
    private const int SearchWindow = 60;

    private enum Template
    {
        Rule = 1,
        RulePolarity,
        Cue,
        CueRule,
        CuePolarity,
        HolderRule,
        TargetEntityRule,
        TargetLabel,
        TargetHead,
        TargetHeadPolarity,
        TargetPos,
        TargetRelation,
        TargetLength,
        TargetCapitalised,
        TargetFirstPerson,
        Negation,
        Modal,
        FirstPerson,
        Question,
        CueRelation,
        Path,
        Distance,
        SentenceIndex,
        Support,
        TargetFound,
        Strength,
    }

    /// <summary>
    /// Adds the feature indices of <paramref name="evidence"/> to <paramref name="features"/> (duplicates possible).
    /// <paramref name="support"/> is how many pieces of evidence the document has for the same holder and target.
    /// </summary>
    public static void Featurize(Document document, StanceEvidence evidence, int support, List<int> features)
    {
        if (document.Sentences.Count == 0)
        {
            return;
        }

        TokenList tokens = document.Tokens;
        SyntaxLayer? syntax = document.Syntax;
        (int sentenceIndex, Sentence sentence) = SentenceAt(document, evidence.Span.Start);
        int colon = evidence.Cue.IndexOf(':');
        string rule = colon > 0 ? evidence.Cue[..colon] : evidence.Cue is "evaluation" or "relation" or "classifier" ? evidence.Cue : "lexicon";
        string cueWord = colon > 0 ? evidence.Cue[(colon + 1)..] : evidence.Cue;
        ulong ruleHash = FeatureHash.Chars(rule, lower: false);
        ulong polarity = (ulong)evidence.Polarity + 1;

        int spanFirst = tokens.IndexAtOrAfter(evidence.Span.Start);
        int cue = evidence.CueToken >= 0 ? evidence.CueToken : Find(tokens, sentence, spanFirst, FirstWord(cueWord));
        int target = evidence.TargetToken >= 0 ? evidence.TargetToken : Find(tokens, sentence, spanFirst, LastWord(evidence.Target));

        Add(features, Template.Rule, ruleHash);
        Add(features, Template.RulePolarity, ruleHash, polarity);
        ulong cueHash = cue >= 0 && syntax is not null ? FeatureHash.Chars(syntax.Lemma(cue), lower: true) : FeatureHash.Chars(cueWord, lower: true);
        Add(features, Template.Cue, cueHash);
        Add(features, Template.CueRule, cueHash, ruleHash);
        Add(features, Template.CuePolarity, cueHash, polarity);
        Add(features, Template.HolderRule, evidence.Holder == StanceStage.Author ? 1UL : 2UL, ruleHash);
        Add(features, Template.TargetEntityRule, evidence.TargetIsEntity ? 1UL : 2UL, ruleHash);
        Add(features, Template.TargetLength, (ulong)Math.Min(4, CountWords(evidence.Target)));
        Add(features, Template.TargetCapitalised, evidence.Target.Length > 0 && char.IsUpper(evidence.Target[0]) ? 1UL : 2UL);
        Add(features, Template.TargetFirstPerson, FunctionWords.IsFirstPersonPossessive(FirstWord(evidence.Target)) ? 1UL : 2UL);
        Add(features, Template.Support, (ulong)Math.Min(3, support));
        Add(features, Template.SentenceIndex, sentenceIndex switch { 0 => 0UL, < 3 => 1UL, < 10 => 2UL, _ => 3UL });
        Add(features, Template.TargetFound, target >= 0 ? 1UL : 2UL);

        // The finder's own confidence: a constant per rule, except the framing rule's polarity probability.
        Add(features, Template.Strength, (ulong)Math.Clamp((int)(evidence.Confidence * 10), 0, 10), ruleHash);

        if (target >= 0)
        {
            ulong head = syntax is not null ? FeatureHash.Chars(syntax.Lemma(target), lower: true) : FeatureHash.Chars(tokens.CharsAt(target), lower: true);
            Add(features, Template.TargetHead, head);
            Add(features, Template.TargetHeadPolarity, head, polarity);
            Add(features, Template.TargetLabel, FeatureHash.Chars(EntityLabelAt(document, target), lower: false));
            if (cue >= 0)
            {
                Add(features, Template.Distance, (ulong)Math.Min(6, Math.Abs(target - cue)));
            }
        }

        if (syntax is not null)
        {
            DependencyTree tree = syntax.Tree;
            if (target >= 0)
            {
                Add(features, Template.TargetPos, FeatureHash.Chars(syntax.Pos(target), lower: false));
                Add(features, Template.TargetRelation, FeatureHash.Chars(tree.Relation(target), lower: false));
            }

            if (cue >= 0)
            {
                Add(features, Template.CueRelation, FeatureHash.Chars(tree.Relation(cue), lower: false), ruleHash);
            }

            if (cue >= 0 && target >= 0)
            {
                Add(features, Template.Path, PathHash(tree, cue, target));
            }
        }

        // The clause around cue and target: a bounded window, so a sentence of any length costs the same per evidence.
        int anchor = cue >= 0 ? cue : target >= 0 ? target : sentence.FirstToken;
        int windowFirst = Math.Max(sentence.FirstToken, Math.Min(anchor, target >= 0 ? target : anchor) - ClauseWindow);
        int windowEnd = Math.Min(sentence.EndToken, Math.Max(anchor, target) + ClauseWindow + 1);
        bool negation = false, modal = false, firstPerson = false;
        for (int t = windowFirst; t < windowEnd; t++)
        {
            if (tokens.Kinds[t] != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = tokens.CharsAt(t);
            negation |= ParsedStanceRules.IsNegator(w);
            modal |= FunctionWords.IsRecommendingModal(w);
            firstPerson |= FunctionWords.IsFirstPerson(w) || FunctionWords.IsFirstPersonPossessive(w);
        }

        Add(features, Template.Negation, negation ? 1UL : 2UL, ruleHash);
        Add(features, Template.Modal, modal ? 1UL : 2UL, ruleHash);
        Add(features, Template.FirstPerson, firstPerson ? 1UL : 2UL, ruleHash);
        bool question = sentence.EndToken > sentence.FirstToken && tokens.CharsAt(sentence.EndToken - 1) is "?";
        Add(features, Template.Question, question ? 1UL : 2UL);
    }

    /// <summary>How the target hangs from the cue: child, parent, sibling, grandchild (with the relations), or far.</summary>
    private static ulong PathHash(DependencyTree tree, int cue, int target)
    {
        if (tree.Head(target) == cue)
        {
            return FeatureHash.Mix(1, FeatureHash.Chars(tree.Relation(target), lower: false));
        }

        if (tree.Head(cue) == target)
        {
            return FeatureHash.Mix(2, FeatureHash.Chars(tree.Relation(cue), lower: false));
        }

        int parent = tree.Head(target);
        if (parent >= 0 && parent == tree.Head(cue))
        {
            return FeatureHash.Mix(FeatureHash.Mix(3, FeatureHash.Chars(tree.Relation(cue), lower: false)), FeatureHash.Chars(tree.Relation(target), lower: false));
        }

        if (parent >= 0 && tree.Head(parent) == cue)
        {
            return FeatureHash.Mix(FeatureHash.Mix(4, FeatureHash.Chars(tree.Relation(parent), lower: false)), FeatureHash.Chars(tree.Relation(target), lower: false));
        }

        return 5;
    }

    // Entities are in text order: the last one starting at or before the token is the only one that can hold it.
    private static string EntityLabelAt(Document document, int token)
    {
        int offset = document.Tokens.Starts[token];
        IReadOnlyList<EntityMention> entities = document.Entities;
        int found = SortedSearch.LastAtOrBefore(entities, offset, static e => e.Start);

        return found >= 0 && offset < entities[found].End ? entities[found].Label : "none";
    }

    private static (int Index, Sentence Sentence) SentenceAt(Document document, int offset)
    {
        int index = SentenceSearch.IndexOfToken(document.Sentences, document.Tokens.IndexAtOrAfter(offset));
        return (index, document.Sentences[index]);
    }

    private static int Find(TokenList tokens, Sentence sentence, int from, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        // The evidence's own span bounds the search (a sentence can be any length).
        for (int t = Math.Max(sentence.FirstToken, from); t < sentence.EndToken && t < from + SearchWindow; t++)
        {
            if (tokens.CharsAt(t).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return -1;
    }

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        int space = s.IndexOf(' ');
        return space < 0 ? s : s[..space];
    }

    private static ReadOnlySpan<char> LastWord(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        int space = s.LastIndexOf(' ');
        return space < 0 ? s : s[(space + 1)..];
    }

    private static int CountWords(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    private static void Add(List<int> features, Template template, ulong value) =>
        features.Add((int)(FeatureHash.Feature((int)template, value) >>> (64 - HashBits)));

    private static void Add(List<int> features, Template template, ulong a, ulong b) =>
        features.Add((int)(FeatureHash.Feature((int)template, a, b) >>> (64 - HashBits)));
}
