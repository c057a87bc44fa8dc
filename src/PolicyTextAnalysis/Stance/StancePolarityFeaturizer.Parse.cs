namespace PolicyTextAnalysis.Stance;

/// <content>The parse group: the target's place in the dependency tree and what its predicate says of it.</content>
internal static partial class StancePolarityFeaturizer
{
    // Relations worth naming when they hang off the governing predicate or the target.
    private static readonly HashSet<string> ModifierRelations = new(StringComparer.Ordinal)
    {
        "advmod", "amod", "obj", "xcomp", "ccomp", "obl", "nsubj", "nsubj:pass", "iobj", "acl", "acl:relcl", "appos", "nmod", "conj", "aux", "cop", "compound",
    };

    private static void ParseFeatures(Context x)
    {
        SyntaxLayer syntax = x.Document.Syntax!;
        SentenceCache sc = x.Sentence;
        Syntax.DependencyTree tree = syntax.Tree;
        int h = TargetHead(syntax, x.TargetFirst, x.TargetEnd);
        string relation = syntax.Dep(h);
        int governor = syntax.Head(h);
        x.Add("p:dep", relation);
        if (governor == h || governor < x.First || governor >= x.End)
        {
            x.Add("p:isroot");
        }
        else
        {
            string governorLemma = sc.LowerLemma(syntax, governor);
            x.Add("p:gov", governorLemma);
            x.Add("p:govdep", relation, governorLemma);
            x.Add("p:govpos", relation, syntax.Pos(governor));
            int sign = sc.LemmaSign(syntax, governor) * (IsNegated(syntax, tree, sc, governor) ? -1 : 1);
            if (sign != 0)
            {
                x.Add("p:govlex", relation, sign > 0 ? "+" : "-");
            }
        }

        // Up the tree: the chain of relations and the lemmas of the first few ancestors, and the first predicate.
        string chain = relation;
        int predicate = -1, under = h, at = h;
        for (int hop = 0; hop < PathHops; hop++)
        {
            int up = syntax.Head(at);
            if (up == at || up < x.First || up >= x.End)
            {
                break;
            }

            if (predicate < 0 && syntax.Pos(up) is "VERB" or "AUX" or "ADJ")
            {
                predicate = up;
                under = at;
            }

            x.Add("p:anc", sc.LowerLemma(syntax, up));
            at = up;
            if (hop < 2 && syntax.Head(at) != at)
            {
                chain += ">" + syntax.Dep(at);
            }
        }

        x.Add("p:chain", chain);
        if (predicate < 0)
        {
            // A verbless sentence or a target on the root: the root predicate stands in.
            predicate = RootOf(syntax, h, x.First, x.End);
            under = h;
        }

        string role = under == predicate ? "self" : syntax.Dep(under);
        string lemma = sc.LowerLemma(syntax, predicate);
        bool negated = IsNegated(syntax, tree, sc, predicate);
        x.Add("p:pred", lemma);
        x.Add("p:predrole", role, lemma);
        x.Add("p:role", role);
        if (negated)
        {
            x.Add("p:predneg", role);
        }

        int predicateSign = sc.LemmaSign(syntax, predicate) * (negated ? -1 : 1);
        if (predicateSign != 0)
        {
            x.Add("p:predlex", role, predicateSign > 0 ? "+" : "-");
        }

        if (syntax.Dep(predicate) is "ccomp" or "parataxis" && syntax.Head(predicate) != predicate)
        {
            x.Add("p:reported", sc.LowerLemma(syntax, syntax.Head(predicate)));
        }

        // The predicate's other dependents: what is done to or said of the target.
        float pos = 0, neg = 0;
        foreach (int child in tree.Children.Of(predicate))
        {
            if (child == under || child < x.First || child >= x.End)
            {
                continue;
            }

            string dep = syntax.Dep(child);
            if (!ModifierRelations.Contains(dep))
            {
                continue;
            }

            string childLemma = sc.LowerLemma(syntax, child);
            x.Add("p:pc", dep, childLemma);
            int s = sc.LemmaSign(syntax, child) * (negated ? -1 : 1);
            if (s != 0)
            {
                x.Add("p:pclex", role + "|" + dep, s > 0 ? "+" : "-");
                pos += s > 0 ? 1 : 0;
                neg += s < 0 ? 1 : 0;
            }
        }

        x.Dense("p:pc+", Squash(pos));
        x.Dense("p:pc-", Squash(neg));

        // Opinion words anywhere under the predicate but outside the target's own phrase, by the target's role.
        float spos = 0, sneg = 0;
        int predicateFirst = Math.Max(tree.SubtreeFirst(predicate), x.First), predicateEnd = Math.Min(tree.SubtreeEnd(predicate), x.End);
        for (int t = predicateFirst; t < predicateEnd; t++)
        {
            if (t >= tree.SubtreeFirst(h) && t < tree.SubtreeEnd(h))
            {
                continue;
            }

            int s = sc.WordSign(t - x.First) * (negated ? -1 : 1);
            spos += s > 0 ? 1 : 0;
            sneg += s < 0 ? 1 : 0;
        }

        x.Dense("p:ps+|" + role, Squash(spos));
        x.Dense("p:ps-|" + role, Squash(sneg));

        // The target's own modifiers (amod, appos, relative clauses) outside the target span.
        float tpos = 0, tneg = 0;
        int subtreeFirst = Math.Max(tree.SubtreeFirst(h), x.First), subtreeEnd = Math.Min(tree.SubtreeEnd(h), x.End);
        for (int t = subtreeFirst; t < subtreeEnd; t++)
        {
            if (t >= x.TargetFirst && t < x.TargetEnd)
            {
                continue;
            }

            if (syntax.Head(t) == h)
            {
                x.Add("p:tc", syntax.Dep(t), sc.LowerLemma(syntax, t));
            }

            int s = sc.LemmaSign(syntax, t);
            tpos += s > 0 ? 1 : 0;
            tneg += s < 0 ? 1 : 0;
        }

        x.Dense("p:tsub+", Squash(tpos));
        x.Dense("p:tsub-", Squash(tneg));
    }

    private static int TargetHead(SyntaxLayer syntax, int first, int end)
    {
        // The word of the span whose head lies outside it; the last such word for a span the parse splits.
        int head = end - 1;
        for (int t = first; t < end; t++)
        {
            int up = syntax.Head(t);
            if (up == t || up < first || up >= end)
            {
                head = t;
            }
        }

        return head;
    }

    private static int RootOf(SyntaxLayer syntax, int token, int first, int end)
    {
        int at = token;
        for (int guard = 0; guard < end - first; guard++)
        {
            int up = syntax.Head(at);
            if (up == at || up < first || up >= end)
            {
                break;
            }

            at = up;
        }

        return at;
    }

    private static bool IsNegated(SyntaxLayer syntax, Syntax.DependencyTree tree, SentenceCache sentence, int token)
    {
        foreach (int child in tree.Children.Of(token))
        {
            if (syntax.Dep(child) is "advmod" or "neg" or "det" or "aux"
                && OpinionLexicon.Default.RoleOf(sentence.LowerLemma(syntax, child)) == OpinionRole.Negator)
            {
                return true;
            }
        }

        return false;
    }

    private static int Sign(string lemma) => lemma.Length > MaxWordLength ? 0 : OpinionLexicon.Default.RoleOf(lemma) switch
    {
        OpinionRole.Positive => 1,
        OpinionRole.Negative => -1,
        _ => 0,
    };
}
