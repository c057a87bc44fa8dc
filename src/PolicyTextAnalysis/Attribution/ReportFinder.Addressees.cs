namespace PolicyTextAnalysis.Attribution;

/// <summary>The addressee rules of <see cref="ReportFinder"/>: whom a verb of bidding bids (<c>urged governors [to act]</c>,
/// <c>called on the Secretary and the Attorney General [to review ...]</c>).</summary>
internal sealed partial class ReportFinder
{
    /// <summary>True for a verb bidding <paramref name="addressee"/> to act: a verb of bidding, or one that bids only
    /// through an oblique addressee when that is what the addressee is (called on governors, not called Senator Smith).</summary>
    private bool IsBid(int cue, int addressee) =>
        (CueClassOf(cue) & CueClass.Bid) != 0 || ((CueClassOf(cue) & CueClass.ObliqueBid) != 0 && _tree.Is(addressee, "obl"));

    private int Addressee(int cue)
    {
        int obj = _tree.Child(cue, "obj");
        if (obj < 0)
        {
            obj = _tree.Child(cue, "iobj");
        }

        if (obj < 0)
        {
            // call on X to ..., appeal to X to ...
            foreach (int c in _tree.Children.Of(cue))
            {
                if (c > cue && _tree.Is(c, "obl") && !_tree.Is(c, "obl:agent"))
                {
                    return c;
                }
            }
        }

        return obj > cue ? obj : -1;
    }

    /// <summary>
    /// The infinitive of a verb of bidding with coordinated addressees, where the parse lost it: a modifier of a later
    /// conjunct of <paramref name="addressee"/>, or a conjunct of the cue itself marked <c>to</c> after the addressee (a
    /// finite cue cannot be coordinated with an infinitive); -1 if neither.
    /// </summary>
    private int BiddenInfinitiveOfCoordination(int cue, int addressee)
    {
        foreach (int conjunct in _tree.Children.Of(addressee))
        {
            if (conjunct > addressee && _tree.Is(conjunct, "conj") && _tree.Child(conjunct, "acl") is int acl and >= 0 && acl > conjunct
                && HasInfinitiveMark(acl))
            {
                return acl;
            }
        }

        foreach (int conjunct in _tree.Children.Of(cue))
        {
            if (conjunct > addressee && _tree.Is(conjunct, "conj") && _syntax.Pos(conjunct) == "VERB" && HasInfinitiveMark(conjunct))
            {
                return conjunct;
            }
        }

        return -1;
    }
}
